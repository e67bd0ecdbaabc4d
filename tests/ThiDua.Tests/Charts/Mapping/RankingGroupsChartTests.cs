using ThiDua.Charts.Mapping;
using ThiDua.Tests.Analytics;
using ThiDua.Units;

namespace ThiDua.Tests.Charts.Mapping;

/// <summary>Each (cluster, kind) group ranks from 1: a ranking chart that shows several says which group each bar is in.</summary>
public sealed class RankingGroupsChartTests
{
    private static readonly (ThiDua.Analytics.CampaignSnapshot Snapshot, ThiDua.Analytics.CampaignResult Result) Campaign = Build();

    private static (ThiDua.Analytics.CampaignSnapshot, ThiDua.Analytics.CampaignResult) Build()
    {
        var snapshot = new SnapshotBuilder()
            .Unit("A1", cluster: "K1").Unit("A2", cluster: "K1").Unit("B1", cluster: "K2")
            .Individual("CN1", cluster: "K1")
            .Scored("A1", 90m).Scored("A2", 80m).Scored("B1", 70m).Scored("CN1", 100m)
            .Build();
        return (snapshot, ThiDua.Analytics.CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12")));
    }

    [Fact]
    public void All_clusters_bars_carry_their_group_in_the_rankings_order()
    {
        var chart = CampaignCharts.Ranking(Campaign.Snapshot, Campaign.Result, new ChartFilter());

        chart.Bars.Select(b => (b.Rank, b.UnitCode, b.Group)).Should().Equal(
            (1, "A1", "Cụm, khối K1 · tập thể"), (2, "A2", "Cụm, khối K1 · tập thể"), (1, "CN1", "Cụm, khối K1 · cá nhân"), (1, "B1", "Cụm, khối K2 · tập thể"));
    }

    [Fact]
    public void One_group_needs_no_heading()
    {
        var chart = CampaignCharts.Ranking(Campaign.Snapshot, Campaign.Result, new ChartFilter(Cluster: "K1", Kind: UnitKind.Collective));

        chart.Bars.Select(b => (b.Rank, b.UnitCode, b.Group)).Should().Equal((1, "A1", null), (2, "A2", null));
        chart.Title.Should().StartWith("Xếp hạng tập thể (cụm, khối K1)");
    }

    [Fact]
    public void The_collectives_and_the_individuals_charts_have_their_own_titles()
    {
        var collective = CampaignCharts.Ranking(Campaign.Snapshot, Campaign.Result, new ChartFilter(Kind: UnitKind.Collective));
        var individual = CampaignCharts.Ranking(Campaign.Snapshot, Campaign.Result, new ChartFilter(Kind: UnitKind.Individual));

        collective.Title.Should().StartWith("Xếp hạng tập thể (tất cả cụm, khối)");
        individual.Title.Should().StartWith("Xếp hạng cá nhân (tất cả cụm, khối)");
    }
}
