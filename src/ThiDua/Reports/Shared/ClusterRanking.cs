using ThiDua.Charts;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Reports.Shared;

/// <summary>One (cluster, kind) group of the ranking with its chart model; <paramref name="Cluster"/> null = no cluster.</summary>
public sealed record ClusterRanking(string? Cluster, UnitKind Kind, IReadOnlyList<RankingRow> Rows, RankingChart Chart)
{
    /// <summary>The cluster's name from clusters.csv (v2), null when it has none.</summary>
    public string? ClusterName => Rows.Count > 0 ? Rows[0].ClusterName : null;
}
