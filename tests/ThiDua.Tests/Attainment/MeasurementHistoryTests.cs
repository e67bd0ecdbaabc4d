using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class MeasurementHistoryTests
{
    [Fact]
    public void Every_month_computed_from_one_history_equals_computing_it_alone()
    {
        var builder = new SnapshotBuilder()
            .Indicator("S", aggregation: Aggregation.Sum).Indicator("L", aggregation: Aggregation.Latest)
            .Indicator("A", aggregation: Aggregation.Average).Indicator("T", Direction.Task);
        foreach (var unit in new[] { "U2", "U1", "U3" })
        {
            foreach (var indicator in new[] { "S", "L", "A", "T" }) builder.Target(unit, indicator, 10m);
            // Out of month order on purpose: each month is a prefix only after sorting.
            foreach (var month in new[] { "2024-07", "2024-02", "2024-11", "2024-05" })
            {
                builder.Measure(unit, "S", month, month[^1] - '0');
                builder.Measure(unit, "L", month, month[^2] - '0' + unit[^1]);
                builder.Measure(unit, "A", month, 3.3m);
            }
            if (unit != "U3") builder.Measure(unit, "T", unit == "U1" ? "2024-03" : "2024-09", 1m);
        }
        var snapshot = builder.Build();
        var history = new MeasurementHistory(snapshot.Measurements);
        for (var month = snapshot.Campaign.FirstMonth; month <= snapshot.Campaign.LastMonth; month = month.AddMonths(1))
        {
            CampaignAnalytics.Compute(snapshot, history, month).Should().BeEquivalentTo(CampaignAnalytics.Compute(snapshot, month),
                o => o.WithStrictOrdering());
        }
    }
}
