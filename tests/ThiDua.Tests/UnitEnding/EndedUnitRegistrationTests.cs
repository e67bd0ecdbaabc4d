using ThiDua.Dashboards;
using ThiDua.Tests.Analytics;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Registrations;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A district dissolved from July that never registered: the registrations page listed it among "Chưa đăng ký" in red
/// like a unit still to chase, with nothing saying it no longer exists. It stays listed (its registration is history)
/// and says since when it has ended, in the table and in the list.
/// </summary>
public sealed class EndedUnitRegistrationTests
{
    [Fact]
    public void An_ended_unit_on_the_registrations_page_says_since_when_it_has_ended()
    {
        var snapshot = new SnapshotBuilder().Unit("A").Unit("B").Ended("B", "2024-07").Scored("A", 90m).Scored("B", 90m, month: "2024-06").Build();

        var html = RegistrationPage.Render(new CampaignView(snapshot, M("2024-12"), null), new DashboardSelection(snapshot.Campaign.Code));

        html.Should().Contain("B (B) <span class=\"meta\">· ngừng hoạt động từ tháng 07/2024</span></td>")
            .And.Contain("B (B) — Tập thể <span class=\"meta\">· ngừng hoạt động từ tháng 07/2024</span></li>");
        html.Should().NotContain("A (A) <span class=\"meta\">· ngừng");
    }
}
