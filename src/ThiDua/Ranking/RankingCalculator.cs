using ThiDua.Scoring;
using ThiDua.Units;

namespace ThiDua.Ranking;

/// <summary>Competition ranking ("1, 2, 2, 4") within each (cluster, kind) group (SPEC §3).</summary>
public static class RankingCalculator
{
    /// <summary>
    /// Ranks the scored units (those with at least one target). Groups: the no-cluster group first,
    /// then cluster code (ordinal); collective before individual; inside a group by rank, then unit code.
    /// </summary>
    /// <param name="clusters">The named clusters: each row carries its cluster's name (v2).</param>
    public static IReadOnlyList<RankingRow> Rank(
        IReadOnlyDictionary<string, Unit> units, IEnumerable<UnitScore> scores, IReadOnlyDictionary<string, Clusters.Cluster>? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(scores);
        var entries = scores.Select(s => (Score: s, Unit: units.TryGetValue(s.Unit, out var u)
            ? u
            : throw new InvalidOperationException($"Scored unit '{s.Unit}' is not a known unit.")));

        var rows = new List<RankingRow>();
        var groups = entries
            .GroupBy(e => (Cluster: string.IsNullOrEmpty(e.Unit.Cluster) ? null : e.Unit.Cluster, e.Unit.Kind))
            // null sorts before every string under the ordinal comparer: the no-cluster group comes first.
            .OrderBy(g => g.Key.Cluster, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Kind); // Collective (0) before Individual (1)
        foreach (var group in groups)
        {
            var clusterName = clusters is null ? null : Clusters.ClusterNames.Of(clusters, group.Key.Cluster);
            var ordered = group
                .OrderByDescending(e => e.Score.Score)
                .ThenByDescending(e => e.Score.Met)
                .ThenBy(e => e.Unit.Code, StringComparer.Ordinal)
                .ToList();
            var rank = 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var (score, unit) = ordered[i];
                // Competition ranking: a unit equal to the previous one on (score, met) shares its rank;
                // otherwise its rank is its 1-based position, so ranks skip after a tie.
                if (i == 0 || score.Score != ordered[i - 1].Score.Score || score.Met != ordered[i - 1].Score.Met)
                    rank = i + 1;
                rows.Add(new RankingRow(group.Key.Cluster, group.Key.Kind, rank, unit.Code, unit.Name,
                    score.Score, score.Met, score.Assigned) { ClusterName = clusterName });
            }
        }

        return rows;
    }
}
