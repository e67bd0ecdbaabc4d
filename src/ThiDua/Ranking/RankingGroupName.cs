using ThiDua.Units;

namespace ThiDua.Ranking;

/// <summary>
/// How pages, charts, reports and the CLI name a ranking group (a cluster and a kind of unit), in Vietnamese. A
/// cluster named in clusters.csv (v2) shows by its name with its code in brackets ("Cụm thi đua Văn hóa – Xã hội
/// (LS-CUM-VHXH)"), or by its name alone where space is short (chart bars); one without a name by its code.
/// </summary>
public static class RankingGroupName
{
    // "Cụm, khối" as the plans say (cụm thi đua, khối thi đua): a group's code may be either.
    public static string Cluster(string? cluster, string? name = null) =>
        string.IsNullOrEmpty(cluster) ? "không thuộc cụm, khối"
        : name is { Length: > 0 } ? $"{name} ({cluster})"
        : "cụm, khối " + cluster;

    /// <summary>The same at the start of a heading or a cell: "Cụm, khối BK-KHOI1", "Khối thi đua số 3 (KG-KHOI3)", "Không thuộc cụm, khối".</summary>
    public static string ClusterHeading(string? cluster, string? name = null)
    {
        var text = Cluster(cluster, name);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Where space is short: the name alone when there is one, else as <see cref="ClusterHeading"/>.</summary>
    public static string ClusterShort(string? cluster, string? name) =>
        !string.IsNullOrEmpty(cluster) && name is { Length: > 0 } ? name : ClusterHeading(cluster);

    /// <summary>A ranking row's group: its cluster's name and code.</summary>
    public static string Cluster(RankingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Cluster(row.Cluster, row.ClusterName);
    }

    public static string Kind(UnitKind kind) => kind == UnitKind.Collective ? "tập thể" : "cá nhân";

    /// <summary>"Cụm, khối BK-KHOI1 · tập thể"; a named cluster by its name alone (a chart bar's label).</summary>
    public static string Of(string? cluster, UnitKind kind, string? name = null) => ClusterShort(cluster, name) + " · " + Kind(kind);
}
