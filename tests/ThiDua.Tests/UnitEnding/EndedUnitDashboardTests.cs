using ThiDua.Analytics;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// The "Chi tiết một chỉ tiêu" dashboard with no unit picked draws the progress of the first assigned unit: for
/// September it drew commune A's, merged away from July (a line stopping in June), as if it were the unit to look at.
/// It draws the first unit that still exists then; A picked by name is still drawn up to its end.
/// </summary>
public sealed class EndedUnitDashboardTests
{
    private static readonly CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("A", name: "UBND xã An Bình").Unit("B", name: "UBND xã Bình Minh").Ended("A", "2024-07")
        .Scored("A", 90m, month: "2024-06").Scored("B", 80m, month: "2024-06").Build();

    private static string Progress(string? unit) => DashboardRenderer.RenderPanel(new SvgChartRenderer(), new PanelDefinition("Tiến độ", "progress"),
        Snapshot, CampaignAnalytics.Compute(Snapshot, M("2024-09")), [], new DashboardSelection(Snapshot.Campaign.Code, M("2024-09"), Unit: unit));

    [Fact]
    public void With_no_unit_picked_the_progress_panel_draws_a_unit_that_still_exists()
    {
        Progress(null).Should().Contain("UBND xã Bình Minh").And.NotContain("UBND xã An Bình");
        Progress("A").Should().Contain("UBND xã An Bình");
    }
}
