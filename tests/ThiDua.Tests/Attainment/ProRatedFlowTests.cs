using ThiDua.Attainment;
using ThiDua.Formatting;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

/// <summary>
/// SPEC §3 v2: a <c>sum</c> indicator's target and baseline describe the whole campaign and are pro-rated by m ⁄ M before
/// its last month. Campaign Jan–Dec 2024 (M = 12) unless a scenario says otherwise; June is m = 6.
/// </summary>
public class ProRatedFlowTests
{
    private static AttainmentRow Row(SnapshotBuilder builder, string period, Direction direction, Aggregation aggregation,
        decimal target, decimal? baseline, params (string Month, decimal Value)[] values)
    {
        builder.Indicator("I", direction, aggregation).Target("U", "I", target, baseline);
        foreach (var (month, value) in values) builder.Measure("U", "I", month, value);
        return AttainmentCalculator.Compute(builder.Build(), SnapshotBuilder.M(period)).Single();
    }

    private static AttainmentRow Year(string period, Direction direction, decimal target, decimal? baseline, params (string, decimal)[] values) =>
        Row(new SnapshotBuilder(), period, direction, Aggregation.Sum, target, baseline, values);

    [Fact]
    public void At_least_in_June_compares_half_a_year_of_classes_with_half_the_target_5_of_12_is_0_8333()
    {
        // (A × M) / (T × m) = (5 × 12) / (12 × 6) = 60 / 72
        var row = Year("2024-06", Direction.AtLeast, 12m, null, ("2024-02", 2m), ("2024-05", 3m));
        row.Ratio.Should().Be(0.8333m);
        row.Status.Should().Be(AttainmentStatus.NotMet);
    }

    [Fact]
    public void At_least_in_the_last_month_is_the_whole_year_12_of_12_is_met()
    {
        var row = Year("2024-12", Direction.AtLeast, 12m, null, ("2024-02", 5m), ("2024-11", 7m));
        row.Ratio.Should().Be(1m);
        row.Status.Should().Be(AttainmentStatus.Met);
    }

    [Fact]
    public void At_most_in_June_compares_7_accidents_with_a_ceiling_of_6_so_far_0_8571()
    {
        // (T × m) / (A × M) = (12 × 6) / (7 × 12) = 72 / 84
        Year("2024-06", Direction.AtMost, 12m, null, ("2024-03", 7m)).Ratio.Should().Be(0.8571m);
    }

    [Fact]
    public void At_most_with_nothing_reported_as_zero_in_June_is_the_campaign_cap() =>
        Year("2024-06", Direction.AtMost, 12m, null, ("2024-03", 0m)).Ratio.Should().Be(1.2m);

    [Fact]
    public void At_most_in_the_last_month_is_the_ceiling_over_the_year_12_over_7_is_1_7143() =>
        Year("2024-12", Direction.AtMost, 12m, null, ("2024-03", 7m)).Ratio.Should().Be(1.7143m);

    [Fact]
    public void Reduce_by_in_June_compares_136_cases_with_half_of_last_years_300_1_8667()
    {
        // ((B × m − A × M) × 100) / (B × m × T) = ((1800 − 1632) × 100) / (300 × 6 × 5) = 16800 / 9000
        var row = Year("2024-06", Direction.ReduceBy, 5m, 300m, ("2024-05", 136m));
        row.Ratio.Should().Be(1.8667m);
        row.Status.Should().Be(AttainmentStatus.Exceeded);
    }

    [Fact]
    public void Reduce_by_in_June_with_more_cases_than_half_of_last_year_is_behind_schedule()
    {
        // ((1800 − 160 × 12) × 100) / 9000 = (−120 × 100) / 9000 = −1.3333
        Year("2024-06", Direction.ReduceBy, 5m, 300m, ("2024-05", 160m)).Ratio.Should().Be(-1.3333m);
    }

    [Fact]
    public void Reduce_by_in_the_last_month_is_the_plain_formula_285_of_300_is_met() =>
        // ((300 − 285) / 300) / (5 / 100) = 1
        Year("2024-12", Direction.ReduceBy, 5m, 300m, ("2024-05", 285m)).Ratio.Should().Be(1m);

    [Fact]
    public void Increase_by_in_June_compares_60_with_half_of_last_years_100_2()
    {
        // ((A × M − B × m) × 100) / (B × m × T) = ((720 − 600) × 100) / (100 × 6 × 10) = 12000 / 6000
        Year("2024-06", Direction.IncreaseBy, 10m, 100m, ("2024-04", 60m)).Ratio.Should().Be(2m);
    }

    [Fact]
    public void Increase_by_in_the_last_month_is_the_plain_formula_110_of_100_is_met() =>
        Year("2024-12", Direction.IncreaseBy, 10m, 100m, ("2024-04", 110m)).Ratio.Should().Be(1m);

    [Fact]
    public void A_campaign_across_the_new_year_counts_months_from_July_to_March_as_9_of_12()
    {
        // 07/2024–06/2025: M = 12, March 2025 is m = 9; (90 × 12) / (120 × 9) = 1
        var row = Row(new SnapshotBuilder().Months("2024-07", "2025-06"), "2025-03", Direction.AtLeast, Aggregation.Sum, 120m, null,
            ("2024-08", 40m), ("2025-02", 50m));
        row.Ratio.Should().Be(1m);
        row.Expected.Should().Be(90m);
    }

    [Fact]
    public void A_campaign_starting_mid_month_counts_calendar_months_30_01_to_30_10_is_10_and_May_is_5()
    {
        // (9 × 10) / (20 × 5) = 90 / 100
        var row = Row(new SnapshotBuilder().Dates(new DateOnly(2024, 1, 30), new DateOnly(2024, 10, 30)), "2024-05",
            Direction.AtLeast, Aggregation.Sum, 20m, null, ("2024-01", 4m), ("2024-05", 5m));
        row.Ratio.Should().Be(0.9m);
        row.Expected.Should().Be(10m);
    }

    [Fact]
    public void Rank_up_is_never_pro_rated_2_ranks_gained_by_June_of_2_is_met() =>
        Year("2024-06", Direction.RankUp, 2m, 10m, ("2024-05", 8m)).Ratio.Should().Be(1m);

    [Theory]
    [InlineData(Aggregation.Latest)]
    [InlineData(Aggregation.Average)]
    [InlineData(Aggregation.Max)]
    [InlineData(Aggregation.Min)]
    public void Stocks_and_rates_are_never_pro_rated_80_of_80_in_June_is_met(Aggregation aggregation) =>
        Row(new SnapshotBuilder(), "2024-06", Direction.AtLeast, aggregation, 80m, null, ("2024-05", 80m)).Ratio.Should().Be(1m);

    [Fact]
    public void A_task_is_never_pro_rated_delivered_in_June_is_1() =>
        Year("2024-06", Direction.Task, 1m, null, ("2024-06", 1m)).Ratio.Should().Be(1m);

    [Fact]
    public void The_formula_keeps_the_spec_operand_order_the_only_division_last()
    {
        // (3 × 12) / (7 × 5) = 36 / 35 = 1.028571…; computed as 3/7 × 12/5 it could differ in the 28th digit, not here,
        // but the unrounded value is the exact quotient of the two products.
        AttainmentRatio.Flow(Direction.AtLeast, 3m, 7m, null, 1.2m, new FlowShare(5, 12)).Should().Be(36m / 35m);
        AttainmentRatio.Flow(Direction.ReduceBy, 136m, 5m, 300m, 1.2m, new FlowShare(6, 12)).Should().Be(16800m / 9000m);
    }

    [Fact]
    public void Statuses_read_as_progress_before_the_last_month_and_as_attainment_at_it()
    {
        var campaign = new SnapshotBuilder().Build().Campaign;
        StatusWords.At(AttainmentStatus.NotMet, campaign, SnapshotBuilder.M("2024-06")).Should().Be("Chậm tiến độ");
        StatusWords.At(AttainmentStatus.Met, campaign, SnapshotBuilder.M("2024-06")).Should().Be("Đúng tiến độ");
        StatusWords.At(AttainmentStatus.Exceeded, campaign, SnapshotBuilder.M("2024-06")).Should().Be("Vượt tiến độ");
        StatusWords.At(AttainmentStatus.NotMet, campaign, SnapshotBuilder.M("2024-12")).Should().Be("Chưa đạt");
        StatusWords.At(AttainmentStatus.Met, campaign, SnapshotBuilder.M("2024-12")).Should().Be("Đạt");
        StatusWords.At(AttainmentStatus.Exceeded, campaign, SnapshotBuilder.M("2024-12")).Should().Be("Vượt chỉ tiêu");
    }
}
