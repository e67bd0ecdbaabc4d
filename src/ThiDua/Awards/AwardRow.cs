using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Awards;

/// <summary>
/// One candidate of one form. JSON names are the CSV columns of SPEC §5; in JSON <c>reasons</c> is the
/// list of reason objects, in CSV their English texts joined with "; ".
/// </summary>
/// <param name="Score">Score at the campaign's last month (2 decimals); null for a candidate without targets.</param>
public sealed record AwardRow(
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("recipient_kind"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitKind>))] UnitKind RecipientKind,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<AwardStatus>))] AwardStatus Status,
    [property: JsonPropertyName("score"), JsonConverter(typeof(TwoDecimalsJson))] decimal? Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<AwardReason> Reasons)
{
    /// <summary>The cluster a cluster-scoped form allocated the candidate in (null: a campaign-wide quota, or the units without a cluster).</summary>
    [JsonPropertyName("cluster")]
    public string? Cluster { get; init; }

    /// <summary>The name of <see cref="Cluster"/> from clusters.csv (v2); absent when it has none.</summary>
    [JsonPropertyName("clusterName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClusterName { get; init; }

    /// <summary>The council's decision on the candidate (award_decisions.csv, v2); null until one is recorded.</summary>
    [JsonPropertyName("decision")]
    public string? Decision { get; init; }

    /// <summary>The decision's number (số quyết định); null until one is recorded.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }
}
