using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;
using ThiDua.Units;

namespace ThiDua.PreviousYear;

/// <summary>
/// One unit this year against last year at the same month: the rows of <c>thidua ranking</c> of each campaign, side by
/// side. This year's fields are null for a unit ranked only last year, last year's for one ranked only this year.
/// </summary>
/// <param name="ScoreChange">This year's score less last year's, each at 2 decimals as the rankings show them.</param>
/// <param name="RankChange">Places moved up (positive) or down in the same cụm, khối; null when the unit changed group.</param>
public sealed record PreviousYearRow(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("unit_name")] string UnitName,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitKind>))] UnitKind Kind,
    [property: JsonPropertyName("status"), JsonConverter(typeof(SnakeCaseEnumConverter<PreviousYearStatus>))] PreviousYearStatus Status,
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("rank")] int? Rank,
    [property: JsonPropertyName("score"), JsonConverter(typeof(TwoDecimalsJson))] decimal? Score,
    [property: JsonPropertyName("previous_cluster")] string? PreviousCluster,
    [property: JsonPropertyName("previous_rank")] int? PreviousRank,
    [property: JsonPropertyName("previous_score"), JsonConverter(typeof(TwoDecimalsJson))] decimal? PreviousScore,
    [property: JsonPropertyName("score_change"), JsonConverter(typeof(TwoDecimalsJson))] decimal? ScoreChange,
    [property: JsonPropertyName("rank_change")] int? RankChange,
    [property: JsonPropertyName("ended")] YearMonth? Ended,
    [property: JsonPropertyName("merged_into")] string? MergedInto);
