using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Ratings;
using ThiDua.Scoring;
using ThiDua.Units;

namespace ThiDua.Awards;

/// <summary>Candidates, criteria and allocation of every award form (SPEC §4), judged at the campaign's last month.</summary>
public static class AwardJudge
{
    /// <summary>
    /// Rows ordered by form code, then status (proposed, tie_at_quota, eligible_over_quota, ineligible),
    /// then score descending (no score last), then unit code.
    /// </summary>
    public static IReadOnlyList<AwardRow> Judge(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var final = AttainmentCalculator.Compute(snapshot, snapshot.Campaign.LastMonth);
        return Judge(snapshot, final);
    }

    /// <summary>As <see cref="Judge(CampaignSnapshot)"/>, reusing attainment already computed at the last month.</summary>
    public static IReadOnlyList<AwardRow> Judge(CampaignSnapshot snapshot, IReadOnlyList<AttainmentRow> attainmentAtLastMonth)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(attainmentAtLastMonth);
        var targets = attainmentAtLastMonth.ToLookup(r => r.Unit, StringComparer.Ordinal);
        var scores = ScoreCalculator.ScoreAll(attainmentAtLastMonth, snapshot.Campaign.ScoreCap);
        // One rating row per unit and campaign; should there be several, the last one stands.
        var ratings = new Dictionary<string, UnitRating>(StringComparer.Ordinal);
        foreach (var rating in snapshot.Ratings) ratings[rating.Unit] = rating;
        // Members of a collective: its child individuals with a rating in the campaign that still exist at the last
        // month — one who has left by then neither blocks the collective nor carries it (as the tree's roll-ups).
        var members = snapshot.Units.Values
            .Where(u => u.Kind == UnitKind.Individual && u.Parent is not null && u.ExistsAt(snapshot.Campaign.LastMonth)
                        && ratings.TryGetValue(u.Code, out var r) && r.Rating is not null)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToLookup(u => u.Parent!, u => (Member: u, Rating: ratings[u.Code]), StringComparer.Ordinal);

        var decisions = Deciding.AwardDecisions.Current(snapshot.Decisions);
        var registered = snapshot.Registrations.Where(g => g.Form is not null).ToDictionary(g => (g.Unit, g.Form!));
        var indicatorNames = snapshot.Indicators.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        var rows = new List<AwardRow>();
        foreach (var form in snapshot.AwardForms.OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            var candidates = new List<AwardCandidate>();
            foreach (var unit in snapshot.Units.Values.OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                // A unit that has ended by the last month (merged, dissolved) is no candidate: there is nobody to award.
                if (!Admits(form.Recipient, unit.Kind) || !unit.ExistsAt(snapshot.Campaign.LastMonth)) continue;
                var own = targets[unit.Code].ToList();
                ratings.TryGetValue(unit.Code, out var rating);
                // Taking part: a collective with a target; an individual with a target or a rating.
                var takesPart = own.Count > 0 || (unit.Kind == UnitKind.Individual && rating?.Rating is not null);
                if (!takesPart) continue;
                var failures = unit.Kind == UnitKind.Individual
                    ? AwardCriteria.Individual(form, rating, own, indicatorNames)
                    : AwardCriteria.Collective(form, rating, own, members[unit.Code].ToList(), indicatorNames);
                if (form.RequireRegistration && AwardCriteria.Registration(registered.GetValueOrDefault((unit.Code, form.Code)), snapshot.Campaign) is { } unregistered)
                    failures.Add(unregistered);
                scores.TryGetValue(unit.Code, out var score);
                candidates.Add(new AwardCandidate(unit, score?.Score, score?.Met ?? 0, rating?.Initiative == true, failures));
            }

            // Per cluster when the form is so scoped (SPEC §4 v2): each cluster's candidates on their own, the units
            // without a cluster one group; else the whole campaign is one group.
            foreach (var group in candidates.GroupBy(c => Group(form, c, snapshot)))
            {
                var eligible = group.Where(c => c.Eligible)
                    .OrderByDescending(c => c.Key.Score)
                    .ThenByDescending(c => c.Key.Met)
                    .ThenByDescending(c => c.Key.Initiative)
                    .ThenBy(c => c.Unit.Code, StringComparer.Ordinal)
                    .ToList();
                foreach (var (candidate, status, reasons) in AwardAllocation.Allocate(eligible, form.Quota, group.Key))
                    rows.Add(Row(form, candidate, status, [AwardReasons.MeetsCriteria(), .. reasons], group.Key, decisions));
                foreach (var candidate in group.Where(c => !c.Eligible))
                    rows.Add(Row(form, candidate, AwardStatus.Ineligible, candidate.Failures, group.Key, decisions));
            }
        }

        return rows
            .OrderBy(r => r.Form, StringComparer.Ordinal)
            .ThenBy(r => r.Status)
            .ThenBy(r => r.Score is null)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .ToList();
    }

    private static bool Admits(AwardRecipient recipient, UnitKind kind) => recipient switch
    {
        AwardRecipient.Any => true,
        AwardRecipient.Collective => kind == UnitKind.Collective,
        _ => kind == UnitKind.Individual,
    };

    private static AwardGroup? Group(AwardForm form, AwardCandidate candidate, CampaignSnapshot snapshot) =>
        form.QuotaScope == AwardQuotaScope.Cluster ? new AwardGroup(candidate.Unit.Cluster, snapshot.ClusterName(candidate.Unit.Cluster)) : null;

    // The one place a row is made: the council's standing decision (award_decisions.csv, v2) fills Decision and
    // Reference; until one is recorded they stay empty.
    private static AwardRow Row(AwardForm form, AwardCandidate candidate, AwardStatus status, IReadOnlyList<AwardReason> reasons, AwardGroup? group,
        IReadOnlyDictionary<(string Form, string Unit), Deciding.AwardDecisionRecord> decisions)
    {
        var decided = decisions.GetValueOrDefault((form.Code, candidate.Unit.Code));
        return new(form.Code, candidate.Unit.Kind, candidate.Unit.Code, status, candidate.Score, reasons)
        {
            Cluster = group?.Cluster,
            ClusterName = group?.Name,
            Decision = decided is null ? null : Deciding.AwardDecisions.Word(decided.Decision),
            Reference = decided?.Reference,
        };
    }
}
