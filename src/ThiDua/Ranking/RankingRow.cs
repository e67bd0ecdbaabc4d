using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Ranking;

/// <summary>
/// One unit's place in its (cluster, kind) group. JSON names are the CSV columns of SPEC §5;
/// <paramref name="Cluster"/> is null for the no-cluster group (empty in CSV).
/// </summary>
public sealed record RankingRow(
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitKind>))] UnitKind Kind,
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("unit_name")] string UnitName,
    [property: JsonPropertyName("score"), JsonConverter(typeof(TwoDecimalsJson))] decimal Score,
    [property: JsonPropertyName("met")] int Met,
    [property: JsonPropertyName("assigned")] int Assigned)
{
    /// <summary>The cluster's name from clusters.csv (v2); absent when the cluster has none, or for the no-cluster group.</summary>
    [JsonPropertyName("clusterName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClusterName { get; init; }
}
