using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Hierarchy;

/// <summary>
/// A unit in a campaign's <c>parent</c> tree with roll-up figures of its subtree. A view for reading, not a ranking
/// rule: scores and ranks are the ranking's own, the roll-ups only add them up.
/// </summary>
/// <param name="Place">The unit's own ranking row; null when it has no targets in the campaign.</param>
/// <param name="ChildrenAverage">Mean score of the direct children that have one (2 decimals); null when none has.</param>
/// <param name="Met">Indicators met or exceeded, the unit and everyone under it.</param>
/// <param name="Assigned">Indicators assigned, the unit and everyone under it.</param>
/// <param name="Individuals">Individuals under the unit (itself included when it is one) rated in the campaign.</param>
/// <param name="Excellent">Of those, rated "Hoàn thành xuất sắc nhiệm vụ".</param>
public sealed record UnitTreeNode(
    Unit Unit,
    int Depth,
    RankingRow? Place,
    IReadOnlyList<UnitTreeNode> Children,
    decimal? ChildrenAverage,
    int Met,
    int Assigned,
    int Individuals,
    int Excellent)
{
    /// <summary>The node and everything under it, depth first, in display order.</summary>
    public IEnumerable<UnitTreeNode> Flatten()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var n in child.Flatten()) yield return n;
    }
}
