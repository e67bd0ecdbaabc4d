using ThiDua.Import.Parsing;

namespace ThiDua.Periods.Locks;

/// <summary>
/// What a close or reopen came to: done (<paramref name="Changed"/>: an event was recorded; false: the month was already
/// closed), or refused with the reason; <paramref name="Locks"/> is the campaign's lock state afterwards.
/// </summary>
public sealed record PeriodOutcome(bool Accepted, bool Changed, BilingualMessage? Refusal, PeriodLocks Locks)
{
    /// <summary>Refused because no such campaign exists (a page answers 404).</summary>
    public bool CampaignUnknown { get; init; }
}
