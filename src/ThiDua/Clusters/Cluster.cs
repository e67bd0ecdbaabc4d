namespace ThiDua.Clusters;

/// <summary>A cụm, khối thi đua with the name pages, charts and reports show for it (clusters.csv, v2).</summary>
public sealed record Cluster(string Code, string Name, string? Note);
