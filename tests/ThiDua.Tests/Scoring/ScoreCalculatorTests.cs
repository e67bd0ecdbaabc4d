using ThiDua.Analytics;
using ThiDua.Indicators;
using ThiDua.Scoring;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Scoring;

public class ScoreCalculatorTests
{
    private static UnitScore ScoreOf(SnapshotBuilder builder, string unit = "U") =>
        CampaignAnalytics.Compute(builder.Build(), SnapshotBuilder.M("2024-12")).Scores[unit];

    [Fact]
    public void Weights_pull_the_score_3_times_1_0_and_1_times_0_5_is_87_5()
    {
        // 100 × (3 × 1 + 1 × 0.5) / 4 = 87.5
        var score = ScoreOf(new SnapshotBuilder()
            .Indicator("A", weight: 3m).Indicator("B", weight: 1m)
            .Target("U", "A", 10m).Measure("U", "A", "2024-01", 10m)
            .Target("U", "B", 10m).Measure("U", "B", "2024-01", 5m));
        score.Score.Should().Be(87.5m);
        score.Met.Should().Be(1);
        score.Assigned.Should().Be(2);
    }

    [Fact]
    public void A_ratio_above_the_cap_counts_as_the_cap_1_5_is_120() =>
        ScoreOf(new SnapshotBuilder().Scored("U", 150m)).Score.Should().Be(120m);

    [Fact]
    public void The_cap_comes_from_the_campaign_1_0_caps_at_100() =>
        ScoreOf(new SnapshotBuilder().Cap(1.0m).Scored("U", 150m)).Score.Should().Be(100m);

    [Fact]
    public void A_negative_ratio_counts_as_0_minus_1_and_1_is_50()
    {
        // reduce_by 200 → 210 by 5 % = −1 → clamp 0; plus a ratio of 1: 100 × (0 + 1) / 2 = 50
        var score = ScoreOf(new SnapshotBuilder()
            .Indicator("R", Direction.ReduceBy).Target("U", "R", 5m, baseline: 200m).Measure("U", "R", "2024-01", 210m)
            .Scored("U", 100m));
        score.Score.Should().Be(50m);
    }

    [Fact]
    public void No_data_counts_as_0_but_stays_assigned()
    {
        // 100 × (1 + 0) / 2 = 50
        var score = ScoreOf(new SnapshotBuilder().Scored("U", 100m).Indicator("N").Target("U", "N", 5m));
        score.Score.Should().Be(50m);
        score.Assigned.Should().Be(2);
        score.Met.Should().Be(1);
    }

    [Fact]
    public void Score_midpoint_rounds_away_from_zero_0_1225_and_no_data_is_6_13()
    {
        // 100 × (0.1225 + 0) / 2 = 6.125 → 6.13 (ToEven would give 6.12)
        var score = ScoreOf(new SnapshotBuilder().Scored("U", 12.25m).Indicator("N").Target("U", "N", 5m));
        score.Score.Should().Be(6.13m);
    }

    [Fact]
    public void Score_uses_ratios_rounded_to_4_decimals_then_rounds_to_2()
    {
        // 12.345/100 = 0.12345 → 0.1235; 100 × 0.1235 / 2 = 6.175 → 6.18.
        // From the unrounded ratio it would be 6.1725 → 6.17.
        var score = ScoreOf(new SnapshotBuilder().Scored("U", 12.345m).Indicator("N").Target("U", "N", 5m));
        score.Score.Should().Be(6.18m);
    }

    [Fact]
    public void Thirds_round_to_2_decimals_1_of_3_met_is_33_33()
    {
        var score = ScoreOf(new SnapshotBuilder().Scored("U", 100m, "A").Scored("U", 0m, "B").Scored("U", 0m, "C"));
        score.Score.Should().Be(33.33m);
    }
}
