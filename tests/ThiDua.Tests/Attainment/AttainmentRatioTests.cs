using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment;

public class AttainmentRatioTests
{
    private static AttainmentRow One(Direction direction, decimal target, decimal actual, decimal? baseline = null) =>
        AttainmentCalculator.Compute(
            new SnapshotBuilder()
                .Indicator("I", direction)
                .Target("U", "I", target, baseline)
                .Measure("U", "I", "2024-06", actual)
                .Build(),
            SnapshotBuilder.M("2024-06")).Single();

    [Fact]
    public void At_least_divides_actual_by_target_90_6_over_82_is_1_1049()
    {
        // 90.6 / 82 = 1.104878… → 1.1049
        var row = One(Direction.AtLeast, 82m, 90.6m);
        row.Ratio.Should().Be(1.1049m);
        row.Status.Should().Be(AttainmentStatus.Exceeded);
    }

    [Fact]
    public void At_least_below_target_is_not_met_1110000_of_1200000_is_0_925() =>
        One(Direction.AtLeast, 1_200_000m, 1_110_000m).Should()
            .Match<AttainmentRow>(r => r.Ratio == 0.925m && r.Status == AttainmentStatus.NotMet);

    [Fact]
    public void At_most_divides_target_by_actual_3_over_4_is_0_75() =>
        One(Direction.AtMost, 3m, 4m).Ratio.Should().Be(0.75m);

    [Fact]
    public void At_most_with_actual_0_gets_the_campaign_cap_1_2()
    {
        var row = One(Direction.AtMost, 3m, 0m);
        row.Ratio.Should().Be(1.2m);
        row.Status.Should().Be(AttainmentStatus.Exceeded);
    }

    [Fact]
    public void At_most_with_actual_0_gets_a_custom_cap()
    {
        var snapshot = new SnapshotBuilder().Cap(1.5m).Indicator("I", Direction.AtMost)
            .Target("U", "I", 2m).Measure("U", "I", "2024-01", 0m).Build();
        AttainmentCalculator.Compute(snapshot, SnapshotBuilder.M("2024-01")).Single().Ratio.Should().Be(1.5m);
    }

    [Fact]
    public void At_most_with_target_0_and_an_actual_scores_0() =>
        One(Direction.AtMost, 0m, 2m).Should().Match<AttainmentRow>(r => r.Ratio == 0m && r.Status == AttainmentStatus.NotMet);

    [Fact]
    public void Reduce_by_target_counts_the_baseline_drop_200_to_188_by_5_percent_is_1_2()
    {
        // ((200 − 188) / 200) / (5 / 100) = 0.06 / 0.05 = 1.2
        One(Direction.ReduceBy, 5m, 188m, baseline: 200m).Ratio.Should().Be(1.2m);
    }

    [Fact]
    public void Reduce_by_exactly_the_target_is_met_200_to_190_is_1()
    {
        var row = One(Direction.ReduceBy, 5m, 190m, baseline: 200m);
        row.Ratio.Should().Be(1m);
        row.Status.Should().Be(AttainmentStatus.Met);
    }

    [Fact]
    public void Reduce_by_with_a_rise_gives_a_negative_ratio_200_to_210_is_minus_1()
    {
        // ((200 − 210) / 200) / 0.05 = −0.05 / 0.05 = −1
        var row = One(Direction.ReduceBy, 5m, 210m, baseline: 200m);
        row.Ratio.Should().Be(-1m);
        row.Status.Should().Be(AttainmentStatus.NotMet);
    }

    [Fact]
    public void Increase_by_counts_the_rise_over_baseline_100_to_103_by_5_percent_is_0_6() =>
        // ((103 − 100) / 100) / 0.05 = 0.03 / 0.05 = 0.6
        One(Direction.IncreaseBy, 5m, 103m, baseline: 100m).Ratio.Should().Be(0.6m);

    [Fact]
    public void Increase_by_with_a_fall_is_negative_100_to_99_is_minus_0_2() =>
        One(Direction.IncreaseBy, 5m, 99m, baseline: 100m).Ratio.Should().Be(-0.2m);

    [Fact]
    public void Rank_up_counts_places_gained_20th_to_17th_by_2_is_1_5() =>
        // (20 − 17) / 2 = 1.5
        One(Direction.RankUp, 2m, 17m, baseline: 20m).Ratio.Should().Be(1.5m);

    [Fact]
    public void Rank_up_with_places_lost_is_negative_10th_to_15th_by_2_is_minus_2_5() =>
        One(Direction.RankUp, 2m, 15m, baseline: 10m).Ratio.Should().Be(-2.5m);

    [Fact]
    public void Rank_up_from_a_baseline_of_0_is_computed_not_refused_0_to_3rd_by_2_is_minus_1_5() =>
        // (B − A) / T = (0 − 3) / 2 = −1.5: the baseline is not a divisor of rank_up, and the importer accepts 0
        // (import.md: > 0 for reduce_by/increase_by only). It used to throw and set the whole campaign aside.
        One(Direction.RankUp, 2m, 3m, baseline: 0m).Ratio.Should().Be(-1.5m);

    [Fact]
    public void Ratio_midpoint_rounds_away_from_zero_0_12345_is_0_1235() =>
        // ToEven would give 0.1234
        One(Direction.AtLeast, 100_000m, 12_345m).Ratio.Should().Be(0.1235m);

    [Fact]
    public void Status_is_decided_on_the_rounded_ratio_0_99996_is_1_0000_met()
    {
        var row = One(Direction.AtLeast, 100_000m, 99_996m);
        row.Ratio.Should().Be(1.0000m);
        row.Status.Should().Be(AttainmentStatus.Met);
    }

    [Fact]
    public void Status_is_decided_on_the_rounded_ratio_1_00004_is_met_not_exceeded() =>
        One(Direction.AtLeast, 100_000m, 100_004m).Status.Should().Be(AttainmentStatus.Met);

    [Fact]
    public void Status_0_99994_rounds_to_0_9999_not_met() =>
        One(Direction.AtLeast, 100_000m, 99_994m).Should()
            .Match<AttainmentRow>(r => r.Ratio == 0.9999m && r.Status == AttainmentStatus.NotMet);

    [Fact]
    public void A_reduce_by_target_without_baseline_fails_loudly()
    {
        var act = () => One(Direction.ReduceBy, 5m, 1m);
        act.Should().Throw<InvalidOperationException>();
    }
}
