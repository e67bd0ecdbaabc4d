namespace ThiDua.Awards;

/// <summary>The cluster a cluster-scoped form allocates its quota in; <paramref name="Cluster"/> null: the units without one.</summary>
public sealed record AwardGroup(string? Cluster);
