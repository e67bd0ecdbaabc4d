using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Measurements.Submissions;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// Communes merged on 1 July: the old commune B ends from July. Until June it is scored and ranked with its cụm; from
/// July it has no row, the others' ranks close up, it owes no figures and is proposed for nothing at the year's end.
/// </summary>
public sealed class EndedUnitRulesTests
{
    private static readonly CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Indicator("F")
        .Unit("A", cluster: "K1").Unit("B", cluster: "K1").Unit("C", cluster: "K1").Ended("B", "2024-07")
        .Target("A", "F", 10m).Target("B", "F", 10m).Target("C", "F", 10m)
        .Measure("A", "F", "2024-06", 5m).Measure("B", "F", "2024-06", 9m).Measure("C", "F", "2024-06", 7m)
        .Measure("A", "F", "2024-07", 6m).Measure("B", "F", "2024-07", 9m)
        .Measure("A", "F", "2024-12", 11m).Measure("B", "F", "2024-12", 12m).Measure("C", "F", "2024-12", 10m)
        .Rating("A", Rating.Excellent).Rating("B", Rating.Excellent).Rating("C", Rating.Excellent)
        .Form("TT", AwardRecipient.Collective, quota: 5)
        .Build();

    [Fact]
    public void Before_its_end_the_unit_is_ranked_with_its_cluster()
    {
        var june = CampaignAnalytics.Compute(Snapshot, M("2024-06"));

        june.Ranking.Select(r => (r.Unit, r.Rank)).Should().Equal([("B", 1), ("C", 2), ("A", 3)]);
        june.Attainment.Should().Contain(r => r.Unit == "B");
    }

    [Fact]
    public void From_its_end_the_unit_has_no_row_and_the_others_ranks_close_up()
    {
        var july = CampaignAnalytics.Compute(Snapshot, M("2024-07"));
        var december = CampaignAnalytics.Compute(Snapshot, M("2024-12"));

        july.Attainment.Should().NotContain(r => r.Unit == "B");
        july.Ranking.Select(r => (r.Unit, r.Rank)).Should().Equal([("C", 1), ("A", 2)]);
        december.Ranking.Select(r => (r.Unit, r.Rank)).Should().Equal([("A", 1), ("C", 2)], "B's 12 in December counts for nobody");
    }

    [Fact]
    public void An_ended_unit_owes_no_figures_and_is_proposed_for_nothing()
    {
        MonthSubmissions.Of(Snapshot, M("2024-07")).Select(r => (r.Unit, r.State)).Should().Equal([("A", "complete"), ("C", "none")]);
        MonthSubmissions.Of(Snapshot, M("2024-06")).Should().Contain(r => r.Unit == "B");
        CampaignAnalytics.Awards(Snapshot).Select(r => r.Unit).Should().BeEquivalentTo(["A", "C"]);
    }
}
