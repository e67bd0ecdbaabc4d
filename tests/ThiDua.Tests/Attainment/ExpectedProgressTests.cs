using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class ExpectedProgressTests
{
    // Campaign Jan–Dec 2024: 12 months.
    private static AttainmentRow At(string period, Direction direction, Aggregation aggregation, decimal target, decimal actual)
    {
        var snapshot = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target)
            .Measure("U", "I", "2024-01", actual).Build();
        return AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M(period)).Single();
    }

    [Fact]
    public void Sum_indicator_expects_the_pro_rata_target_120_by_March_is_30_and_30_is_on_track()
    {
        // 120 × 3/12 = 30; ratio against T = 30/120 = 0.25 (not met), against expected 30/30 = 1 (on track).
        var row = At("2024-03", Direction.AtLeast, Aggregation.Sum, 120m, 30m);
        row.Expected.Should().Be(30m);
        row.Ratio.Should().Be(0.25m);
        row.Status.Should().Be(AttainmentStatus.NotMet);
        row.OnTrack.Should().BeTrue();
    }

    [Fact]
    public void Sum_indicator_below_the_pro_rata_target_is_not_on_track_29_of_30() =>
        // 29/30 = 0.9667
        At("2024-03", Direction.AtLeast, Aggregation.Sum, 120m, 29m).OnTrack.Should().BeFalse();

    [Fact]
    public void Pro_rata_expected_value_is_shown_with_4_decimals_7_by_May_is_2_9167() =>
        // 7 × 5/12 = 2.91666…
        At("2024-05", Direction.AtLeast, Aggregation.Sum, 7m, 3m).Expected.Should().Be(2.9167m);

    [Fact]
    public void Latest_indicator_expects_the_full_target_from_the_first_month()
    {
        var row = At("2024-03", Direction.AtLeast, Aggregation.Latest, 80m, 70m);
        row.Expected.Should().Be(80m);
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void At_most_sum_compares_the_pro_rata_ceiling_12_a_year_is_6_by_June()
    {
        // T/A = 12/7 = 1.7143 exceeded for the year, but 6/7 = 0.8571 < 1: not on track at June.
        var row = At("2024-06", Direction.AtMost, Aggregation.Sum, 12m, 7m);
        row.Expected.Should().Be(6m);
        row.Status.Should().Be(AttainmentStatus.Exceeded);
        row.OnTrack.Should().BeFalse();
    }

    [Fact]
    public void At_the_last_month_expected_is_the_whole_target() =>
        At("2024-12", Direction.AtLeast, Aggregation.Sum, 120m, 120m).Expected.Should().Be(120m);

    [Fact]
    public void Expected_progress_for_a_sum_with_the_spec_formula() =>
        ExpectedProgress.Expected(Aggregation.Sum, 120m, new SnapshotBuilder().Build().Campaign, SnapshotBuilder.M("2024-06"))
            .Should().Be(60m);
}
