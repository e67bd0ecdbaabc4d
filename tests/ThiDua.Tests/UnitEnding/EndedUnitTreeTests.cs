using ThiDua.Analytics;
using ThiDua.Hierarchy;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Tree;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// District A dissolved from July (a commune X of it not yet moved under the province): the tree page for September
/// listed A and its rated officer with "—" everywhere — a district still there without results — and counted her
/// HTXSNV in the province's roll-up. From A's end the tree lists only what still exists; A stays above X, saying it ended.
/// </summary>
public sealed class EndedUnitTreeTests
{
    private static readonly CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("TINH").Unit("A", parent: "TINH", cluster: "K1").Unit("B", parent: "TINH", cluster: "K1").Unit("X", parent: "A", cluster: "K2")
        .Individual("CN_A", parent: "A", cluster: "K1").Ended("A", "2024-07").Ended("CN_A", "2024-07")
        .Scored("A", 90m, month: "2024-06").Scored("B", 100m, month: "2024-06").Scored("X", 80m, month: "2024-06")
        .Rating("CN_A", Rating.Excellent)
        .Build();

    private static IReadOnlyList<UnitTreeNode> Tree(string month) =>
        UnitTree.Build(Snapshot, CampaignAnalytics.Compute(Snapshot, M(month)).Ranking, M(month));

    [Fact]
    public void After_its_end_a_unit_and_its_ended_staff_leave_the_tree_and_its_roll_ups()
    {
        var september = Tree("2024-09").Single().Flatten().ToList();
        var june = Tree("2024-06").Single().Flatten().ToList();

        september.Select(n => n.Unit.Code).Should().Equal(["TINH", "B", "A", "X"], "A stays only as the parent of X, which still exists");
        september.Single(n => n.Unit.Code == "A").Place.Should().BeNull();
        september[0].Individuals.Should().Be(0, "the officer of a dissolved district is no longer counted");
        june.Select(n => n.Unit.Code).Should().Contain(["A", "CN_A"]);
        june[0].Individuals.Should().Be(1);
    }

    [Fact]
    public void The_tree_table_says_since_when_a_unit_above_others_has_ended()
    {
        var september = new CampaignView(Snapshot, M("2024-09"), null);
        var june = new CampaignView(Snapshot, M("2024-06"), null);

        TreeTable.Render(september, UnitTree.Build(Snapshot, september.Result.Ranking, september.Period).Single().Flatten())
            .Should().Contain("(ngừng hoạt động từ tháng 07/2024)");
        TreeTable.Render(june, UnitTree.Build(Snapshot, june.Result.Ranking, june.Period).Single().Flatten())
            .Should().NotContain("ngừng hoạt động");
    }
}
