using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class ExpectedProgressTests
{
    // Campaign Jan–Dec 2024: 12 months.
    private static AttainmentRow At(string period, Direction direction, Aggregation aggregation, decimal target, decimal actual,
        decimal? baseline = null)
    {
        var snapshot = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target, baseline)
            .Measure("U", "I", "2024-01", actual).Build();
        return AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M(period)).Single();
    }

    [Fact]
    public void Sum_indicator_expects_the_pro_rata_target_120_by_March_is_30_and_30_is_on_schedule()
    {
        // 120 × 3/12 = 30; the ratio is the progress: (30 × 12) / (120 × 3) = 1.
        var row = At("2024-03", Direction.AtLeast, Aggregation.Sum, 120m, 30m);
        row.Expected.Should().Be(30m);
        row.Ratio.Should().Be(1m);
        row.Status.Should().Be(AttainmentStatus.Met);
        row.OnTrack.Should().BeTrue();
    }

    [Fact]
    public void Sum_indicator_below_the_pro_rata_target_is_behind_schedule_29_of_30()
    {
        // (29 × 12) / (120 × 3) = 348/360 = 0.9667
        var row = At("2024-03", Direction.AtLeast, Aggregation.Sum, 120m, 29m);
        row.Ratio.Should().Be(0.9667m);
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void Pro_rata_expected_value_is_shown_with_4_decimals_7_by_May_is_2_9167() =>
        // 7 × 5/12 = 2.91666…
        At("2024-05", Direction.AtLeast, Aggregation.Sum, 7m, 3m).Expected.Should().Be(2.9167m);

    [Fact]
    public void Latest_indicator_expects_the_full_target_from_the_first_month()
    {
        var row = At("2024-03", Direction.AtLeast, Aggregation.Latest, 80m, 70m);
        row.Expected.Should().Be(80m);
        row.Ratio.Should().Be(0.875m);
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void At_most_sum_expects_the_pro_rata_ceiling_12_a_year_is_6_by_June()
    {
        var row = At("2024-06", Direction.AtMost, Aggregation.Sum, 12m, 7m);
        row.Expected.Should().Be(6m);
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void Reduce_by_sum_pro_rates_the_baseline_not_the_percentage_300_last_year_is_150_by_June()
    {
        var row = At("2024-06", Direction.ReduceBy, Aggregation.Sum, 5m, 136m, baseline: 300m);
        row.Expected.Should().Be(5m);
        row.ExpectedBaseline.Should().Be(150m);
        row.Baseline.Should().Be(300m);
    }

    [Fact]
    public void At_the_last_month_expected_is_the_whole_target()
    {
        var row = At("2024-12", Direction.AtLeast, Aggregation.Sum, 120m, 120m);
        row.Expected.Should().Be(120m);
        row.Ratio.Should().Be(1m);
    }

    [Fact]
    public void Expected_progress_for_a_sum_with_the_spec_formula() =>
        ExpectedProgress.Expected(Direction.AtLeast, Aggregation.Sum, 120m, null, new SnapshotBuilder().Build().Campaign, SnapshotBuilder.M("2024-06"))
            .Should().Be((60m, (decimal?)null));
}
