using ThiDua.Analytics;
using ThiDua.Ranking;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Hierarchy;

/// <summary>
/// The campaign's units (those with targets or ratings in it that still exist at the period) and every unit above them,
/// as the <c>parent</c> column links them, with roll-ups. Children in ranking order (score, then indicators met, best first), then by code.
/// </summary>
public static class UnitTree
{
    public static IReadOnlyList<UnitTreeNode> Build(CampaignSnapshot snapshot, IReadOnlyList<RankingRow> ranking, Periods.YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(ranking);
        var places = ranking.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var ratings = snapshot.Ratings.GroupBy(r => r.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in snapshot.Targets.Select(t => t.Unit).Concat(snapshot.Ratings.Select(r => r.Unit)))
        {
            // A unit that has ended by the period takes no part then (no attainment row, no rank): listed, it read as a
            // district still there with no results and its rated staff in the roll-ups. Above a unit that exists it stays.
            if (snapshot.Units.GetValueOrDefault(code) is { } own && !own.ExistsAt(period)) continue;
            // Up the parent chain; the import refuses loops, the set stops one anyway.
            for (var u = code; u is not null && snapshot.Units.ContainsKey(u) && included.Add(u);) u = snapshot.Units[u].Parent;
        }
        var children = included.Select(c => snapshot.Units[c]).Where(u => u.Parent is { } p && included.Contains(p))
            .GroupBy(u => u.Parent!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var roots = included.Select(c => snapshot.Units[c]).Where(u => u.Parent is not { } p || !included.Contains(p));
        return Ordered(roots, places).Select(u => Node(u, 0, children, places, ratings, [])).ToList();
    }

    private static UnitTreeNode Node(Unit unit, int depth, Dictionary<string, List<Unit>> children, Dictionary<string, RankingRow> places,
        Dictionary<string, UnitRating> ratings, HashSet<string> path)
    {
        path.Add(unit.Code);
        var kids = Ordered(children.GetValueOrDefault(unit.Code) ?? [], places).Where(c => !path.Contains(c.Code))
            .Select(c => Node(c, depth + 1, children, places, ratings, path)).ToList();
        path.Remove(unit.Code);
        var place = places.GetValueOrDefault(unit.Code);
        var scored = kids.Where(k => k.Place is not null).Select(k => k.Place!.Score).ToList();
        var rated = unit.Kind == UnitKind.Individual && ratings.TryGetValue(unit.Code, out var own) ? own : null;
        return new UnitTreeNode(unit, depth, place, kids,
            scored.Count == 0 ? null : Math.Round(scored.Average(), 2, MidpointRounding.AwayFromZero),
            (place?.Met ?? 0) + kids.Sum(k => k.Met), (place?.Assigned ?? 0) + kids.Sum(k => k.Assigned),
            (rated?.Rating is null ? 0 : 1) + kids.Sum(k => k.Individuals),
            (rated?.Rating == Rating.Excellent ? 1 : 0) + kids.Sum(k => k.Excellent));
    }

    private static IEnumerable<Unit> Ordered(IEnumerable<Unit> units, Dictionary<string, RankingRow> places) =>
        units.OrderByDescending(u => places.GetValueOrDefault(u.Code)?.Score ?? decimal.MinValue)
            .ThenByDescending(u => places.GetValueOrDefault(u.Code)?.Met ?? -1)
            .ThenBy(u => u.Code, StringComparer.Ordinal);
}
