using ThiDua.Dashboards;
using ThiDua.Tests.Analytics;
using ThiDua.Web.Campaigns;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// The "Chi tiết một chỉ tiêu" dashboard for September offered commune A, merged away from July, in its "Đơn vị" picker
/// like any unit, with nothing saying it is gone (picked, its progress stops in June). It stays offered — its line up
/// to its end is history — and says since when it has ended; asked for June it is a unit like the others.
/// </summary>
public sealed class EndedUnitPickerTests
{
    private static readonly ThiDua.Analytics.CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("A", name: "UBND xã An Bình").Unit("B", name: "UBND xã Bình Minh").Ended("A", "2024-07")
        .Scored("A", 90m, month: "2024-06").Scored("B", 80m, month: "2024-06").Build();

    private static string Picker(string month) =>
        FilterForm.Render("/dashboards/indicator", ["unit"], new CampaignView(Snapshot, M(month), null), new DashboardSelection(Snapshot.Campaign.Code));

    [Fact]
    public void An_ended_unit_in_the_unit_picker_says_since_when_from_its_end_on()
    {
        Picker("2024-09").Should().Contain("<option value=\"A\">UBND xã An Bình (ngừng hoạt động từ tháng 07/2024)</option>")
            .And.Contain("<option value=\"B\">UBND xã Bình Minh</option>");
        Picker("2024-06").Should().Contain("<option value=\"A\">UBND xã An Bình</option>");
    }
}
