using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Scoring;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// One month's attainment and ranking computed and serialised to UTF-8 in reused buffers. Two of them let the
/// projection compute the next month on another core while this one's rows are written to PostgreSQL.
/// </summary>
internal sealed class MonthRowsJson
{
    public JsonRowsBuffer Attainment { get; } = new();

    public JsonRowsBuffer Ranking { get; } = new();

    /// <summary>
    /// Computes <paramref name="month"/> into this slot (overwriting it), as <see cref="CampaignAnalytics.Compute(CampaignSnapshot, MeasurementHistory, YearMonth)"/>
    /// would, but folding each attainment row into the JSON and the scores as it is made: a month's rows (≈ 16 MB at 1M
    /// measurements) lived long enough to be promoted and piled up as garbage. Returns the rows only when asked to keep them.
    /// </summary>
    public IReadOnlyList<AttainmentRow>? Fill(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth month, bool keepRows)
    {
        var kept = keepRows ? new List<AttainmentRow>(snapshot.Targets.Count) : null;
        var scores = new UnitScoreFold(snapshot.Campaign.ScoreCap);
        Attainment.JsonArray(AttainmentCalculator.Rows(snapshot, history, month), row =>
        {
            scores.Add(row);
            kept?.Add(row);
        });
        Ranking.Json(RankingCalculator.Rank(snapshot.Units, scores.Complete().Values, snapshot.Clusters));
        return kept;
    }
}
