using ThiDua.Charts;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Reports.Shared;

/// <summary>One (cluster, kind) group of the ranking with its chart model; <paramref name="Cluster"/> null = no cluster.</summary>
public sealed record ClusterRanking(string? Cluster, UnitKind Kind, IReadOnlyList<RankingRow> Rows, RankingChart Chart);
