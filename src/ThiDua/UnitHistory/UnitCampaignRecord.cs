using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Periods;
using ThiDua.Units;

namespace ThiDua.UnitHistory;

/// <summary>
/// One unit's row in one campaign, from the campaign's snapshot (now or as of a time) by the rules <c>thidua ranking</c>
/// and <c>thidua awards</c> use — nothing is recomputed another way.
/// </summary>
public static class UnitCampaignRecord
{
    /// <summary>
    /// Taking part, as the award judge counts it (<see cref="AwardJudge"/>): a target in the campaign (figures and a
    /// place in the ranking need one), or, for an individual, a rating (xếp loại).
    /// </summary>
    public static bool TakesPart(CampaignSnapshot snapshot, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(unit);
        // A unit ended (merged, dissolved) by the campaign's first month was never computed in it.
        if (!unit.ExistsAt(snapshot.Campaign.FirstMonth)) return false;
        return snapshot.Targets.Any(t => t.Unit == unit.Code)
            || (unit.Kind == UnitKind.Individual && snapshot.Ratings.LastOrDefault(r => r.Unit == unit.Code)?.Rating is not null);
    }

    /// <summary>
    /// The month a history reads the campaign's score at: the last month when it is closed (final), else the latest
    /// closed month, else the latest month with figures (the campaign page's default).
    /// </summary>
    public static (YearMonth Month, UnitHistoryBasis Basis) Period(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = snapshot.Campaign;
        if (snapshot.Locks.IsLocked(c.LastMonth)) return (c.LastMonth, UnitHistoryBasis.Final);
        if (snapshot.Locks.Current is { } closed && c.Contains(closed.Through)) return (closed.Through, UnitHistoryBasis.Closed);
        return (CampaignAnalytics.DefaultPeriod(snapshot), UnitHistoryBasis.Latest);
    }

    /// <summary>
    /// As <see cref="Period(CampaignSnapshot)"/>; for a unit that ended by that month, its last month before the end —
    /// from its end it is not ranked, so the month read says nothing of it.
    /// </summary>
    public static (YearMonth Month, UnitHistoryBasis Basis) Period(CampaignSnapshot snapshot, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var read = Period(snapshot);
        return !unit.ExistsAt(read.Month) && unit.Ended is { } ended ? (ended.AddMonths(-1), UnitHistoryBasis.Ended) : read;
    }

    /// <summary>The unit's row, or null when it does not take part in the campaign.</summary>
    public static UnitHistoryRow? Of(CampaignSnapshot snapshot, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!snapshot.Units.TryGetValue(unitCode, out var unit) || !TakesPart(snapshot, unit)) return null;
        var c = snapshot.Campaign;
        var (month, basis) = Period(snapshot, unit);
        var ranking = CampaignAnalytics.Compute(snapshot, month).Ranking;
        var place = ranking.FirstOrDefault(r => r.Unit == unitCode);
        var group = place is null ? [] : ranking.Where(r => r.Cluster == place.Cluster && r.Kind == place.Kind).ToList();
        var shared = place is not null && group.Count(r => r.Rank == place.Rank) > 1;
        var decided = AwardDecisions.Current(snapshot.Decisions);
        var awards = CampaignAnalytics.Awards(snapshot)
            .Where(a => a.Unit == unitCode && (a.Status != AwardStatus.Ineligible || a.Decision is not null))
            .Select(a => (Row: a, Form: snapshot.AwardForms.FirstOrDefault(f => f.Code == a.Form)))
            .Select(a => new UnitHistoryAward(a.Row.Form, a.Form?.Name ?? a.Row.Form, a.Row.Status, a.Row.Decision, a.Row.Reference,
                decided.GetValueOrDefault((a.Row.Form, a.Row.Unit))?.Date)
            {
                Proposal = a.Form is null ? a.Row.Form : AwardWording.Proposal(a.Form, a.Row),
                Vote = decided.GetValueOrDefault((a.Row.Form, a.Row.Unit))?.Vote,
            })
            .ToList();
        var rating = snapshot.Ratings.LastOrDefault(r => r.Unit == unitCode)?.Rating;
        return new UnitHistoryRow(c.Code, c.Name, c.Kind, c.Start, c.End, month, basis,
            place?.Cluster ?? unit.Cluster, place?.ClusterName ?? snapshot.ClusterName(unit.Cluster),
            place?.Rank, shared, place is null ? null : group.Count, place?.Score, place?.Met, place?.Assigned,
            rating, unit.Ended, awards);
    }
}
