using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Scoring;

namespace ThiDua.Analytics;

/// <summary>Attainment, scores and ranking of one campaign at one period.</summary>
/// <param name="Scores">Keyed by unit code; only units with at least one target.</param>
public sealed record CampaignResult(
    YearMonth Period,
    IReadOnlyList<AttainmentRow> Attainment,
    IReadOnlyDictionary<string, UnitScore> Scores,
    IReadOnlyList<RankingRow> Ranking);
