using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class MeasurementAggregationTests
{
    // Jan 10, Feb 30, Mar 20, Apr 50; judged at March, so April is not yet counted. T = 40.
    private static AttainmentRow AtMarch(Aggregation aggregation) =>
        AttainmentCalculator.Compute(
            new SnapshotBuilder()
                .Indicator("I", Direction.AtLeast, aggregation)
                .Target("U", "I", 40m)
                .Measure("U", "I", "2024-01", 10m)
                .Measure("U", "I", "2024-03", 20m)
                .Measure("U", "I", "2024-02", 30m)
                .Measure("U", "I", "2024-04", 50m)
                .Build(),
            SnapshotBuilder.M("2024-03")).Single();

    [Theory]
    [InlineData(Aggregation.Sum, 60, 6)]        // 10 + 30 + 20, a flow against 40 × 3/12: (60 × 12) / (40 × 3)
    [InlineData(Aggregation.Latest, 20, 0.5)]   // March's value, not the largest month inserted last
    [InlineData(Aggregation.Average, 20, 0.5)]  // 60 / 3
    [InlineData(Aggregation.Max, 30, 0.75)]
    [InlineData(Aggregation.Min, 10, 0.25)]
    public void Each_aggregation_counts_months_up_to_the_period_only(Aggregation aggregation, double actual, double ratio)
    {
        var row = AtMarch(aggregation);
        row.Actual.Should().Be((decimal)actual);
        row.Ratio.Should().Be((decimal)ratio);
    }

    [Fact]
    public void Average_keeps_precision_for_the_ratio_and_shows_4_decimals()
    {
        // (10 + 20 + 20) / 3 = 16.6666…; shown 16.6667; ratio 16.666…/50 = 0.33333… → 0.3333
        var row = AttainmentCalculator.Compute(
            new SnapshotBuilder().Indicator("I", Direction.AtLeast, Aggregation.Average).Target("U", "I", 50m)
                .Measure("U", "I", "2024-01", 10m).Measure("U", "I", "2024-02", 20m).Measure("U", "I", "2024-03", 20m)
                .Build(),
            SnapshotBuilder.M("2024-03")).Single();
        row.Actual.Should().Be(16.6667m);
        row.Ratio.Should().Be(0.3333m);
    }

    [Fact]
    public void No_measurement_at_or_before_the_period_is_no_data()
    {
        // Only an April value; judged at March.
        var row = AttainmentCalculator.Compute(
            new SnapshotBuilder().Indicator("I", Direction.AtLeast, Aggregation.Sum).Target("U", "I", 40m)
                .Measure("U", "I", "2024-04", 50m).Build(),
            SnapshotBuilder.M("2024-03")).Single();
        row.Status.Should().Be(AttainmentStatus.NoData);
        row.Actual.Should().BeNull();
        row.Ratio.Should().BeNull();
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void Aggregate_of_nothing_is_null() =>
        MeasurementAggregation.Aggregate(Aggregation.Max, []).Should().BeNull();
}
