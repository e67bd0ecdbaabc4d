using ThiDua.Analytics;
using ThiDua.Ranking;
using ThiDua.Tests.Analytics;
using ThiDua.Units;

namespace ThiDua.Tests.Ranking;

public class RankingCalculatorTests
{
    private static IReadOnlyList<RankingRow> Rank(SnapshotBuilder builder) =>
        CampaignAnalytics.Compute(builder.Build(), SnapshotBuilder.M("2024-12")).Ranking;

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_skips_1_2_2_4()
    {
        var rows = Rank(new SnapshotBuilder()
            .Unit("A", cluster: "K").Unit("B", cluster: "K").Unit("C", cluster: "K").Unit("D", cluster: "K")
            .Scored("D", 70m).Scored("C", 80m).Scored("B", 80m).Scored("A", 90m));
        rows.Select(r => (r.Unit, r.Rank)).Should().Equal(("A", 1), ("B", 2), ("C", 2), ("D", 4));
        rows.Select(r => r.Score).Should().Equal(90m, 80m, 80m, 70m);
    }

    [Fact]
    public void Equal_scores_are_split_by_indicators_met()
    {
        // X: 1.0 and 0.6 → 80, met 1. W: 0.8 and 0.8 → 80, met 0. W sorts first by code but ranks second.
        var rows = Rank(new SnapshotBuilder()
            .Scored("W", 80m, "I1").Scored("W", 80m, "I2")
            .Scored("X", 100m, "I1").Scored("X", 60m, "I2"));
        rows.Select(r => (r.Unit, r.Rank, r.Met)).Should().Equal(("X", 1, 1), ("W", 2, 0));
    }

    [Fact]
    public void Scores_equal_at_2_decimals_tie_even_if_ratios_differ()
    {
        // 0.80004 → 0.8000 and 0.8 → 0.8000: both 80.00.
        var rows = Rank(new SnapshotBuilder().Scored("A", 80m).Scored("B", 80.004m));
        rows.Select(r => r.Rank).Should().Equal(1, 1);
        rows.Select(r => r.Unit).Should().Equal("A", "B");
    }

    [Fact]
    public void Groups_no_cluster_first_then_cluster_code_collective_before_individual()
    {
        var rows = Rank(new SnapshotBuilder()
            .Unit("Y", UnitKind.Individual, cluster: "B")
            .Unit("Z", UnitKind.Individual, cluster: "A")
            .Unit("W", UnitKind.Collective, cluster: "A")
            .Unit("V", UnitKind.Individual)
            .Unit("X", UnitKind.Collective)
            .Scored("Y", 10m).Scored("Z", 20m).Scored("W", 30m).Scored("V", 40m).Scored("X", 50m));
        rows.Select(r => (r.Cluster, r.Kind, r.Unit, r.Rank)).Should().Equal(
            (null, UnitKind.Collective, "X", 1),
            (null, UnitKind.Individual, "V", 1),
            ("A", UnitKind.Collective, "W", 1),
            ("A", UnitKind.Individual, "Z", 1),
            ("B", UnitKind.Individual, "Y", 1));
    }

    [Fact]
    public void Ranks_restart_in_every_group()
    {
        var rows = Rank(new SnapshotBuilder()
            .Unit("A1", cluster: "A").Unit("A2", cluster: "A").Unit("B1", cluster: "B").Unit("B2", cluster: "B")
            .Scored("A1", 50m).Scored("A2", 60m).Scored("B1", 10m).Scored("B2", 5m));
        rows.Select(r => (r.Unit, r.Rank)).Should().Equal(("A2", 1), ("A1", 2), ("B1", 1), ("B2", 2));
    }

    [Fact]
    public void Only_units_with_a_target_take_part()
    {
        var rows = Rank(new SnapshotBuilder().Unit("NoTarget", cluster: "A").Unit("A", cluster: "A").Scored("A", 10m));
        rows.Select(r => r.Unit).Should().Equal("A");
    }

    [Fact]
    public void Row_carries_name_met_and_assigned()
    {
        var rows = Rank(new SnapshotBuilder().Unit("A", name: "Phòng Tổ chức").Scored("A", 100m, "I1").Scored("A", 50m, "I2"));
        rows.Single().Should().Be(new RankingRow(null, UnitKind.Collective, 1, "A", "Phòng Tổ chức", 75m, 1, 2));
    }
}
