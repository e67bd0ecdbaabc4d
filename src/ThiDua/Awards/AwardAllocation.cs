namespace ThiDua.Awards;

/// <summary>The quota rule of SPEC §4 for one group of a form's eligible candidates (the campaign, or one cluster).</summary>
internal static class AwardAllocation
{
    /// <summary>
    /// Statuses and reasons for <paramref name="eligible"/>, which must be ordered best key first (ties by unit code).
    /// A tie across the quota line sends everyone with that key to the council (<c>tie_at_quota</c>); a quota of 0
    /// proposes nobody, no quota (null) everybody. Candidates with equal keys share a place ("1, 2, 2, 4").
    /// <paramref name="group"/> names a cluster-scoped form's cluster in the reasons (null: the campaign's quota).
    /// </summary>
    public static List<(AwardCandidate Candidate, AwardStatus Status, List<AwardReason> Reasons)> Allocate(
        IReadOnlyList<AwardCandidate> eligible, int? quota, AwardGroup? group)
    {
        var result = new List<(AwardCandidate, AwardStatus, List<AwardReason>)>(eligible.Count);
        var places = Places(eligible);
        if (quota is not { } q)
        {
            for (var i = 0; i < eligible.Count; i++)
                result.Add((eligible[i], AwardStatus.Proposed, [AwardReasons.NoQuota(places[i], group, eligible[i].Score is null)]));
            return result;
        }

        var tiedKey = q > 0 && eligible.Count > q && eligible[q - 1].Key == eligible[q].Key
            ? eligible[q].Key
            : ((decimal, int, bool)?)null;
        var tied = tiedKey is { } k ? eligible.Count(c => c.Key == k) : 0;
        for (var i = 0; i < eligible.Count; i++)
        {
            var candidate = eligible[i];
            var place = places[i];
            if (tiedKey is { } key)
            {
                // Ordered best first: before the tied block is strictly better, after it strictly worse.
                if (candidate.Key == key)
                    result.Add((candidate, AwardStatus.TieAtQuota, [AwardReasons.TieAtQuota(tied, q, group, candidate.Score is null)]));
                else if (candidate.Key.CompareTo(key) > 0)
                    result.Add((candidate, AwardStatus.Proposed, [AwardReasons.WithinQuota(place, q, group, candidate.Score is null)]));
                else
                    result.Add((candidate, AwardStatus.EligibleOverQuota, [AwardReasons.OverQuota(place, q, group, candidate.Score is null)]));
            }
            else if (i < q)
                result.Add((candidate, AwardStatus.Proposed, [AwardReasons.WithinQuota(place, q, group, candidate.Score is null)]));
            else
                result.Add((candidate, AwardStatus.EligibleOverQuota, [AwardReasons.OverQuota(place, q, group, candidate.Score is null)]));
        }

        ExplainQuotaLine(result, q);
        return result;
    }

    /// <summary>Competition places by key: equal keys share the place of the first of them.</summary>
    private static int[] Places(IReadOnlyList<AwardCandidate> eligible)
    {
        var places = new int[eligible.Count];
        for (var i = 0; i < eligible.Count; i++)
            places[i] = i > 0 && eligible[i].Key == eligible[i - 1].Key ? places[i - 1] : i + 1;
        return places;
    }

    /// <summary>
    /// When the last place within the quota and the first outside it have equal scores, the tie-breakers (indicators
    /// met, then initiative) decided it: both sides say so, for a council that sees only the scores.
    /// </summary>
    private static void ExplainQuotaLine(List<(AwardCandidate Candidate, AwardStatus Status, List<AwardReason> Reasons)> rows, int quota)
    {
        if (quota <= 0 || rows.Count <= quota || rows[quota - 1].Status != AwardStatus.Proposed) return;
        var last = rows[quota - 1].Candidate;
        var next = rows[quota].Candidate;
        if (last.Key.Score != next.Key.Score) return;
        foreach (var row in rows.Where(r => r.Status == AwardStatus.EligibleOverQuota && r.Candidate.Key.Score == last.Key.Score))
            row.Reasons.Add(AwardReasons.BelowOnTieBreak(row.Candidate, last));
        foreach (var row in rows.Where(r => r.Status == AwardStatus.Proposed && r.Candidate.Key.Score == next.Key.Score))
            row.Reasons.Add(AwardReasons.AboveOnTieBreak(row.Candidate, next));
    }
}
