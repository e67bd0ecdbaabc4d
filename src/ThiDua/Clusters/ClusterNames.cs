namespace ThiDua.Clusters;

/// <summary>
/// The name of each cluster code that clusters.csv named. A unit may name a cluster that has no row yet: it then
/// shows as its code (<see cref="Ranking.RankingGroupName"/> does the wording).
/// </summary>
public static class ClusterNames
{
    public static string? Of(IReadOnlyDictionary<string, Cluster> clusters, string? code)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return code is { Length: > 0 } && clusters.TryGetValue(code, out var cluster) ? cluster.Name : null;
    }
}
