using ThiDua.Dashboards;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Registrations;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Analytics;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Registrations;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A district dissolved from July that never registered: the registrations page listed it among "Chưa đăng ký" in red
/// like a unit still to chase, with nothing saying it no longer exists. It stays listed (its registration is history)
/// and says since when it has ended, in the table and in the list. The registrations Excel ("Tải Excel") said
/// "chưa đăng ký" for it, a row to chase in the file the office works from: its status says since when instead.
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

    [Fact]
    public void An_ended_unit_in_the_registrations_excel_says_since_when_instead_of_chua_dang_ky()
    {
        var built = new SnapshotBuilder().Unit("A").Unit("B").Unit("C").Ended("B", "2024-07").Ended("C", "2024-07")
            .Scored("A", 90m).Scored("B", 90m, month: "2024-06").Scored("C", 90m, month: "2024-06").Build();
        var snapshot = built with { Registrations = [new Registration(built.Campaign.Code, "C", null, new DateOnly(2024, 1, 10), "Đăng ký qua văn bản")] };

        var bytes = XlsxWorkbookWriter.ToBytes([RegistrationSheet.Of(snapshot)]);
        var rows = WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single().DataTexts(9).ToList();

        rows.Select(r => (r[0], r[7], r[8])).Should().Equal(("A", "chưa đăng ký", ""), ("B", "ngừng hoạt động từ tháng 07/2024", ""),
            ("C", "đúng hạn", "ngừng hoạt động từ tháng 07/2024; Đăng ký qua văn bản"));
    }
}
