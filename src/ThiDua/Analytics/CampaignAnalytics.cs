using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Scoring;

namespace ThiDua.Analytics;

/// <summary>
/// The entry point of the pure rules (SPEC §3–§4) for the CLI, the API, projections and reports.
/// No clock, no database: same snapshot and period, same answer.
/// </summary>
public static class CampaignAnalytics
{
    /// <summary>Attainment (by unit, indicator), scores and ranking at <paramref name="period"/>, a month of the campaign.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the campaign.</exception>
    public static CampaignResult Compute(CampaignSnapshot snapshot, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Compute(snapshot, new MeasurementHistory(snapshot.Measurements), period);
    }

    /// <summary>As <see cref="Compute(CampaignSnapshot, YearMonth)"/>, reusing the snapshot's measurements grouped once for many months.</summary>
    public static CampaignResult Compute(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Guarded(snapshot, () =>
        {
            var attainment = AttainmentCalculator.Compute(snapshot, history, period);
            var scores = ScoreCalculator.ScoreAll(attainment, snapshot.Campaign.ScoreCap);
            var ranking = RankingCalculator.Rank(snapshot.Units, scores.Values, snapshot.Clusters);
            return new CampaignResult(period, attainment, scores, ranking);
        });
    }

    /// <summary>Award candidates of every form, judged at the campaign's last month, in output order.</summary>
    public static IReadOnlyList<AwardRow> Awards(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Guarded(snapshot, () => AwardJudge.Judge(snapshot));
    }

    // A value stored before the importer refused it (a target of 10^-28) must give a clear answer naming the campaign
    // and the way out, not a bare overflow: the CLI exits 1 with it, the web answers 422.
    private static T Guarded<T>(CampaignSnapshot snapshot, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException)
        {
            throw Querying.QueryRejectedException.CannotCompute(snapshot.Campaign.Code, e);
        }
    }

    /// <summary>The period <c>--period</c> defaults to: <see cref="LatestReportedMonth"/>.</summary>
    public static YearMonth DefaultPeriod(CampaignSnapshot snapshot) => LatestReportedMonth.Of(snapshot);

    /// <summary>As <see cref="DefaultPeriod(CampaignSnapshot)"/>, from the measurements already grouped (the definitions' own list is not read).</summary>
    public static YearMonth DefaultPeriod(CampaignSnapshot definitions, MeasurementHistory history) => LatestReportedMonth.Of(definitions, history);
}
