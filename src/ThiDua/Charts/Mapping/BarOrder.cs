using System.Globalization;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Charts.Mapping;

/// <summary>
/// The order a bar chart answers "who leads each cluster" in: cluster by cluster, best first, with each bar's place
/// in its cluster written "2=" when it is shared (competition ranking: 1, 2=, 2=, 4).
/// </summary>
public static class BarOrder
{
    /// <summary>Scores: the ranking's own groups and ranks, in its order (group, rank).</summary>
    public static IReadOnlyList<AttainmentBar> Scores(IReadOnlyList<RankingRow> ranking, IEnumerable<AttainmentBar> bars)
    {
        var byUnit = bars.ToDictionary(b => b.UnitCode, StringComparer.Ordinal);
        var shown = ranking.Where(r => byUnit.ContainsKey(r.Unit)).ToList();
        var several = shown.Select(r => (r.Cluster, r.Kind)).Distinct().Skip(1).Any();
        var tied = Tied(shown.Select(r => ((r.Cluster, r.Kind), r.Rank)));
        return shown.Select(r => byUnit[r.Unit] with
        {
            Group = several ? RankingGroupName.Of(r.Cluster, r.Kind, r.ClusterName) : null,
            Place = Place(r.Rank, tied.Contains(((r.Cluster, r.Kind), r.Rank))),
        }).ToList();
    }

    /// <summary>One indicator's ratios: cluster by cluster (units without one last), highest ratio first, no data last;
    /// each cluster headed by its name from clusters.csv (<paramref name="clusterName"/>) where it has one.</summary>
    public static IReadOnlyList<AttainmentBar> Ratios(IReadOnlyDictionary<string, Unit> units, IEnumerable<AttainmentBar> bars,
        Func<string, string?>? clusterName = null)
    {
        string Cluster(AttainmentBar b) => units.TryGetValue(b.UnitCode, out var u) ? u.Cluster ?? "" : "";
        var groups = bars.GroupBy(Cluster).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var several = groups.Count > 1;
        var result = new List<AttainmentBar>();
        foreach (var group in groups)
        {
            var ordered = group.OrderByDescending(b => b.Ratio.HasValue).ThenByDescending(b => b.Ratio)
                .ThenBy(b => b.UnitName, StringComparer.Ordinal).ToList();
            var ranks = ordered.Select(b => b.Ratio is { } r ? 1 + ordered.Count(o => o.Ratio > r) : (int?)null).ToList();
            for (var i = 0; i < ordered.Count; i++)
                result.Add(ordered[i] with
                {
                    Group = several ? RankingGroupName.ClusterShort(group.Key, clusterName?.Invoke(group.Key)) : null,
                    Place = ranks[i] is { } rank ? Place(rank, ranks.Count(x => x == rank) > 1) : null,
                });
        }
        return result;
    }

    private static HashSet<T> Tied<T>(IEnumerable<T> places) =>
        places.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

    private static string Place(int rank, bool shared) => rank.ToString(CultureInfo.InvariantCulture) + (shared ? "=" : "");
}
