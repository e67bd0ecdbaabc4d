using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Ratings;

namespace ThiDua.UnitHistory;

/// <summary>
/// One campaign of a unit's record (quá trình thi đua): the campaign, the month its score is read at and why, the unit's
/// score and rank in its cụm, khối there (the row of <c>thidua ranking --period</c> that month), its rating, and the
/// award forms it was proposed for with the council's decisions (its rows of <c>thidua awards</c>).
/// </summary>
/// <param name="Rank">Null when the unit has no target (an individual taking part by its rating alone).</param>
/// <param name="RankShared">Another unit of the group has the same rank (đồng hạng).</param>
/// <param name="Ended">The first month the unit no longer exists (units.csv's <c>ended</c>), as it stood; null while it exists.</param>
/// <param name="GroupSize">How many units are ranked in the unit's group (cụm, khối and kind).</param>
public sealed record UnitHistoryRow(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("campaign_name")] string CampaignName,
    [property: JsonPropertyName("campaign_kind"), JsonConverter(typeof(SnakeCaseEnumConverter<CampaignKind>))] CampaignKind CampaignKind,
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("end")] DateOnly End,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("period_basis"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitHistoryBasis>))] UnitHistoryBasis PeriodBasis,
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("cluster_name")] string? ClusterName,
    [property: JsonPropertyName("rank")] int? Rank,
    [property: JsonPropertyName("rank_shared")] bool RankShared,
    [property: JsonPropertyName("group_size")] int? GroupSize,
    [property: JsonPropertyName("score"), JsonConverter(typeof(TwoDecimalsJson))] decimal? Score,
    [property: JsonPropertyName("met")] int? Met,
    [property: JsonPropertyName("assigned")] int? Assigned,
    [property: JsonPropertyName("rating"), JsonConverter(typeof(SnakeCaseEnumConverter<Rating>))] Rating? Rating,
    [property: JsonPropertyName("ended")] YearMonth? Ended,
    [property: JsonPropertyName("awards")] IReadOnlyList<UnitHistoryAward> Awards);
