namespace ThiDua.Awards;

/// <summary>The quota rule of SPEC §4 for one form's eligible candidates.</summary>
internal static class AwardAllocation
{
    /// <summary>
    /// Statuses for <paramref name="eligible"/>, which must be ordered best key first (ties by unit code).
    /// A tie across the quota line sends everyone with that key to the council (<c>tie_at_quota</c>);
    /// a quota of 0 proposes nobody.
    /// </summary>
    public static List<(AwardCandidate Candidate, AwardStatus Status, AwardReason Reason)> Allocate(
        IReadOnlyList<AwardCandidate> eligible, int quota)
    {
        var result = new List<(AwardCandidate, AwardStatus, AwardReason)>(eligible.Count);
        var tiedKey = quota > 0 && eligible.Count > quota && eligible[quota - 1].Key == eligible[quota].Key
            ? eligible[quota].Key
            : ((decimal, int, bool)?)null;
        var tied = tiedKey is { } k ? eligible.Count(c => c.Key == k) : 0;
        for (var i = 0; i < eligible.Count; i++)
        {
            var candidate = eligible[i];
            var place = i + 1;
            if (tiedKey is { } key)
            {
                // Ordered best first: before the tied block is strictly better, after it strictly worse.
                if (candidate.Key == key)
                    result.Add((candidate, AwardStatus.TieAtQuota, AwardReasons.TieAtQuota(tied, quota)));
                else if (IndexOfKey(eligible, key) > i)
                    result.Add((candidate, AwardStatus.Proposed, AwardReasons.WithinQuota(place, quota)));
                else
                    result.Add((candidate, AwardStatus.EligibleOverQuota, AwardReasons.OverQuota(place, quota)));
            }
            else if (place <= quota)
                result.Add((candidate, AwardStatus.Proposed, AwardReasons.WithinQuota(place, quota)));
            else
                result.Add((candidate, AwardStatus.EligibleOverQuota, AwardReasons.OverQuota(place, quota)));
        }

        return result;
    }

    private static int IndexOfKey(IReadOnlyList<AwardCandidate> eligible, (decimal, int, bool) key)
    {
        for (var i = 0; i < eligible.Count; i++)
        {
            if (eligible[i].Key == key) return i;
        }

        return -1;
    }
}
