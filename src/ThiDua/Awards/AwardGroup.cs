namespace ThiDua.Awards;

/// <summary>The cluster a cluster-scoped form allocates its quota in; <paramref name="Cluster"/> null: the units without one.</summary>
/// <param name="Name">The cluster's name from clusters.csv (v2), null when it has none.</param>
public sealed record AwardGroup(string? Cluster, string? Name = null);
