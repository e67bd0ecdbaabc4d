using ThiDua.Units;

namespace ThiDua.Ranking;

/// <summary>How pages, charts and reports name a ranking group (a cluster and a kind of unit), in Vietnamese.</summary>
public static class RankingGroupName
{
    // "Cụm, khối" as the plans say (cụm thi đua, khối thi đua): a group's code may be either.
    public static string Cluster(string? cluster) => string.IsNullOrEmpty(cluster) ? "không thuộc cụm, khối" : "cụm, khối " + cluster;

    /// <summary>The same at the start of a heading or a cell: "Cụm, khối BK-KHOI1", "Không thuộc cụm, khối".</summary>
    public static string ClusterHeading(string? cluster)
    {
        var name = Cluster(cluster);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static string Kind(UnitKind kind) => kind == UnitKind.Collective ? "tập thể" : "cá nhân";

    /// <summary>"Cụm, khối BK-KHOI1 · tập thể".</summary>
    public static string Of(string? cluster, UnitKind kind) => ClusterHeading(cluster) + " · " + Kind(kind);
}
