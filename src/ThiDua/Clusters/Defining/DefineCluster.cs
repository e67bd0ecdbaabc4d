namespace ThiDua.Clusters.Defining;

/// <summary>Name a cluster, or bring its name and note up to date with the analyst's file.</summary>
public sealed record DefineCluster(Cluster Cluster)
{
    /// <summary>Re-importing what is already there records nothing.</summary>
    public static IReadOnlyList<ClusterDefined> Decide(DefineCluster command, Cluster? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = command.Cluster;
        return c == current ? [] : [new ClusterDefined(c.Code, c.Name, c.Note, now)];
    }

    /// <summary>A cluster's own stream; units name it by code and may do so before it is defined.</summary>
    public static string StreamId(string clusterCode) => StreamPrefix + clusterCode;

    public const string StreamPrefix = "cluster-";
}
