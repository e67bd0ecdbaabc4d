namespace ThiDua.Clusters.Defining;

/// <summary>A cluster was named, or its name or note changed.</summary>
public sealed record ClusterDefined(string ClusterCode, string Name, string? Note, DateTimeOffset DefinedAt)
{
    public Cluster ToCluster() => new(ClusterCode, Name, Note);
}
