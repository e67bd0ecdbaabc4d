using ThiDua.Analytics;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Analytics;

public class CampaignAnalyticsTests
{
    [Fact]
    public void Default_period_is_the_latest_month_with_a_measurement_inside_the_campaign()
    {
        var snapshot = new SnapshotBuilder().Indicator("I").Target("U", "I", 1m)
            .Measure("U", "I", "2024-03", 1m).Measure("U", "I", "2024-07", 1m).Measure("U", "I", "2025-02", 1m).Build();
        CampaignAnalytics.DefaultPeriod(snapshot).Should().Be(SnapshotBuilder.M("2024-07"));
    }

    [Fact]
    public void Default_period_without_measurements_is_the_first_month() =>
        CampaignAnalytics.DefaultPeriod(new SnapshotBuilder().Months("2024-04", "2024-09").Build())
            .Should().Be(SnapshotBuilder.M("2024-04"));

    [Fact]
    public void Compute_returns_attainment_scores_and_ranking_for_the_period()
    {
        var result = CampaignAnalytics.Compute(new SnapshotBuilder().Scored("U", 50m, month: "2024-02").Build(), SnapshotBuilder.M("2024-02"));
        result.Period.Should().Be(SnapshotBuilder.M("2024-02"));
        result.Attainment.Should().ContainSingle();
        result.Scores["U"].Score.Should().Be(50m);
        result.Ranking.Single().Rank.Should().Be(1);
    }
}
