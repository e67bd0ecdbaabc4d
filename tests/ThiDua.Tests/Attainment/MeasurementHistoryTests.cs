using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Periods;
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

    [Fact]
    public void Set_replaces_a_month_inserts_a_new_one_in_order_and_starts_a_new_pair()
    {
        var snapshot = new SnapshotBuilder().Indicator("S").Target("U1", "S", 10m)
            .Measure("U1", "S", "2024-02", 2m).Measure("U1", "S", "2024-06", 6m).Build();
        var history = new MeasurementHistory(snapshot.Measurements);

        history.Set("U1", "S", YearMonth.Parse("2024-06"), 60m);
        history.Set("U1", "S", YearMonth.Parse("2024-04"), 4m);
        history.Set("U2", "S", YearMonth.Parse("2024-03"), 3m);

        // 2 (Feb) + 4 (Apr, inserted between) + 60 (Jun, replaced 6): the prefix up to June.
        history.Upto("U1", "S", YearMonth.Parse("2024-06")).Select(m => m.Value).Should().Equal(2m, 4m, 60m);
        history.Upto("U1", "S", YearMonth.Parse("2024-05")).Select(m => m.Value).Should().Equal(2m, 4m);
        history.Upto("U2", "S", YearMonth.Parse("2024-12")).Select(m => m.Value).Should().Equal(3m);
    }

    [Fact]
    public void Latest_period_is_the_last_reported_month_the_filter_accepts()
    {
        var snapshot = new SnapshotBuilder().Indicator("S").Target("U1", "S", 10m).Target("U2", "S", 10m)
            .Measure("U1", "S", "2024-02", 2m).Measure("U2", "S", "2024-09", 9m).Measure("U1", "S", "2024-05", 5m).Build();
        var history = new MeasurementHistory(snapshot.Measurements);

        history.LatestPeriod((_, _) => true).Should().Be(YearMonth.Parse("2024-09"));
        // September filtered out: May (U1's last) is the latest left.
        history.LatestPeriod((_, p) => p.Month < 9).Should().Be(YearMonth.Parse("2024-05"));
        history.LatestPeriod((_, _) => false).Should().BeNull();
        CampaignAnalytics.DefaultPeriod(snapshot, history).Should().Be(CampaignAnalytics.DefaultPeriod(snapshot));
    }

    [Fact]
    public void Groups_loaded_across_many_blocks_read_back_as_loaded_and_a_pair_loaded_twice_is_merged_in_month_order()
    {
        var history = new MeasurementHistory();
        // 20K pairs of 12 months: 240K readings, several shared blocks.
        for (var p = 0; p < 20_000; p++)
            history.LoadGroup($"U{p}", "I", Enumerable.Range(1, 12).Select(m => new Reading(new YearMonth(2024, m), p + m / 100m)).ToArray());
        history.LoadGroup("U7", "J", [new Reading(new YearMonth(2024, 5), 5m)]);
        history.LoadGroup("U7", "J", [new Reading(new YearMonth(2024, 2), 2m), new Reading(new YearMonth(2024, 9), 9m)]);
        history.EndLoad();

        history.Count.Should().Be(240_003);
        history.Upto("U0", "I", new YearMonth(2024, 3)).Should().Equal(
            new Reading(new YearMonth(2024, 1), 0.01m), new Reading(new YearMonth(2024, 2), 0.02m), new Reading(new YearMonth(2024, 3), 0.03m));
        history.Upto("U19999", "I", new YearMonth(2024, 12)).Select(r => r.Value).Should().Equal(Enumerable.Range(1, 12).Select(m => 19_999 + m / 100m));
        history.Upto("U7", "J", new YearMonth(2024, 12)).Select(r => r.Value).Should().Equal(2m, 5m, 9m);
        history.Upto("U7", "X", new YearMonth(2024, 12)).Should().BeEmpty();
    }
}
