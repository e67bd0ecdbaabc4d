using ThiDua.Analytics;
using ThiDua.Charts.Mapping;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// The indicator page (<c>/campaigns/{c}/indicators/{i}</c>) for September, commune A merged away from July: its table
/// had no row for A, but the small charts "Tiến độ từng tháng của mỗi đơn vị" above it still drew A (a line stopping
/// in June), and the one page parameter that pages both counted a different list. The charts hold the table's units;
/// asked for June, A is in both.
/// </summary>
public sealed class EndedUnitIndicatorChartsTests
{
    private static readonly CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("A", name: "UBND xã An Bình").Unit("B", name: "UBND xã Bình Minh").Ended("A", "2024-07")
        .Scored("A", 90m, month: "2024-06").Scored("B", 80m, month: "2024-06").Measure("B", "I", "2024-09", 85m).Build();

    private static (IEnumerable<string> Charts, IEnumerable<string> Table) At(string month) => (
        TrendCharts.Indicator(Snapshot, "I", M(month), new ChartFilter()).Select(c => c.Series[0].Code),
        CampaignAnalytics.Compute(Snapshot, M(month)).Attainment.Where(a => a.Indicator == "I").Select(a => a.Unit));

    [Fact]
    public void The_small_charts_of_an_indicator_hold_the_units_of_its_table_from_an_ended_units_end_on()
    {
        var september = At("2024-09");
        september.Charts.Should().Equal(september.Table).And.Equal("B");

        var june = At("2024-06");
        june.Charts.Should().BeEquivalentTo(june.Table).And.BeEquivalentTo(["A", "B"]);
    }
}
