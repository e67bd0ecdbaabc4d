using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class AttainmentCalculatorTests
{
    [Fact]
    public void Rows_exist_for_every_target_ordered_by_unit_then_indicator_ordinal()
    {
        var snapshot = new SnapshotBuilder()
            .Indicator("b").Indicator("A").Indicator("a")
            .Target("U2", "A", 1m).Target("U1", "b", 1m).Target("U1", "a", 1m).Target("U1", "A", 1m)
            .Build();
        var rows = AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M("2024-01"));
        rows.Select(r => $"{r.Unit}/{r.Indicator}").Should().Equal("U1/A", "U1/a", "U1/b", "U2/A");
        rows.Should().OnlyContain(r => r.Status == AttainmentStatus.NoData);
    }

    [Fact]
    public void A_unit_without_a_target_row_gets_no_row_even_with_measurements()
    {
        var snapshot = new SnapshotBuilder().Indicator("I").Target("U1", "I", 1m).Measure("U2", "I", "2024-01", 5m).Build();
        AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M("2024-01")).Select(r => r.Unit).Should().Equal("U1");
    }

    [Fact]
    public void Row_carries_target_max_baseline_and_weight_for_charts()
    {
        var snapshot = new SnapshotBuilder().Indicator("I", weight: 2m).Target("U", "I", 7m, targetMax: 7.5m)
            .Measure("U", "I", "2024-01", 7m).Build();
        var row = AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M("2024-01")).Single();
        row.TargetMax.Should().Be(7.5m);
        row.Weight.Should().Be(2m);
        row.Ratio.Should().Be(1m); // the stretch does not change the ratio
    }

    [Fact]
    public void A_period_outside_the_campaign_is_refused()
    {
        var act = () => AttainmentCalculator.Compute(new SnapshotBuilder().Build(), SnapshotBuilder.M("2025-01"));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
