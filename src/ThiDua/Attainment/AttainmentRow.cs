using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// Attainment of one unit for one indicator at a period. JSON property names are the CSV
/// column names of SPEC §5 (snake_case), extended with the chart-only fields.
/// </summary>
/// <param name="Actual">Aggregated actual rounded to 4 decimals; null for <c>no_data</c>.</param>
/// <param name="Expected">The target as it stands at the period, rounded to 4 decimals: pro-rated (× m ⁄ M) for an
/// <c>at_least</c>/<c>at_most</c> flow before the last month, else the target itself.</param>
/// <param name="Ratio">Ratio rounded to 4 decimals; null for <c>no_data</c> (it counts as 0 in the score).</param>
/// <param name="OnTrack">The ratio (rounded to 4 decimals) is ≥ 1: since v2 the ratio of a flow before the last month is
/// judged against the expected target, so the expected-progress line and the ratio always agree.</param>
public sealed record AttainmentRow(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("actual"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Actual,
    [property: JsonPropertyName("target"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Target,
    [property: JsonPropertyName("target_max"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? TargetMax,
    [property: JsonPropertyName("baseline"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Baseline,
    [property: JsonPropertyName("expected"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Expected,
    [property: JsonPropertyName("ratio"), JsonConverter(typeof(FourDecimalsJson))] decimal? Ratio,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<AttainmentStatus>))] AttainmentStatus Status,
    [property: JsonPropertyName("on_track")] bool OnTrack,
    [property: JsonPropertyName("weight"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Weight)
{
    /// <summary>Met or exceeded: what the ranking's tiebreak and the award criteria count.</summary>
    /// <summary>The baseline as it stands at the period: pro-rated for a <c>reduce_by</c>/<c>increase_by</c> flow before the last month.</summary>
    [JsonPropertyName("expected_baseline"), JsonConverter(typeof(TrimmedDecimalJson))]
    public decimal? ExpectedBaseline { get; init; }

    [JsonIgnore]
    public bool IsMetOrExceeded => Status is AttainmentStatus.Met or AttainmentStatus.Exceeded;
}
