using ThiDua.Analytics;
using ThiDua.Hierarchy;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Hierarchy;

/// <summary>
/// Province ← sở ← phòng ← cá nhân as the <c>parent</c> column links them: every unit taking part and every unit above
/// it, children best first, roll-ups of the subtree (a view: scores and ranks stay the ranking's).
/// </summary>
public class UnitTreeTests
{
    private static IReadOnlyList<UnitTreeNode> Tree(SnapshotBuilder builder)
    {
        var snapshot = builder.Build();
        return UnitTree.Build(snapshot, CampaignAnalytics.Compute(snapshot, SnapshotBuilder.M("2024-12")).Ranking, SnapshotBuilder.M("2024-12"));
    }

    private static SnapshotBuilder Province() => new SnapshotBuilder()
        .Unit("TINH").Unit("SO", parent: "TINH", cluster: "K1").Unit("PA", parent: "SO", cluster: "K1").Unit("PB", parent: "SO", cluster: "K1")
        .Individual("CN1", parent: "PA", cluster: "K1").Individual("CN2", parent: "PA", cluster: "K1")
        .Scored("PA", 80m).Scored("PB", 100m).Scored("CN1", 90m)
        .Rating("CN1", Rating.Excellent).Rating("CN2", Rating.Good);

    [Fact]
    public void A_parent_without_targets_heads_its_children_best_first()
    {
        var root = Tree(Province()).Single();

        root.Unit.Code.Should().Be("TINH");
        root.Place.Should().BeNull("the province has no targets of its own");
        var so = root.Children.Single();
        so.Children.Select(c => c.Unit.Code).Should().Equal("PB", "PA");
        root.Flatten().Select(n => (n.Unit.Code, n.Depth)).Should().Equal(("TINH", 0), ("SO", 1), ("PB", 2), ("PA", 2), ("CN1", 3), ("CN2", 3));
    }

    [Fact]
    public void Roll_ups_add_the_subtree_and_average_the_direct_children()
    {
        var so = Tree(Province()).Single().Children.Single();

        so.ChildrenAverage.Should().Be(90m, "PB 100 and PA 80");
        so.Met.Should().Be(1, "PB met its target, PA and CN1 did not");
        so.Assigned.Should().Be(3);
        so.Individuals.Should().Be(2);
        so.Excellent.Should().Be(1);
        var pa = so.Children.Single(c => c.Unit.Code == "PA");
        pa.ChildrenAverage.Should().Be(90m, "only CN1 has a score");
    }

    [Fact]
    public void Units_of_other_campaigns_are_left_out()
    {
        var roots = Tree(Province().Unit("ELSEWHERE"));

        roots.SelectMany(r => r.Flatten()).Should().NotContain(n => n.Unit.Code == "ELSEWHERE");
    }
}
