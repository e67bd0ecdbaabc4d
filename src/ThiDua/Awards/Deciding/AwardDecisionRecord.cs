namespace ThiDua.Awards.Deciding;

/// <summary>A decision on one candidate of one form, as recorded (the history keeps every one; the last per candidate stands).</summary>
public sealed record AwardDecisionRecord(
    string Campaign, string Form, string Unit, AwardDecision Decision, string? Reference, DateOnly? Date, string? Note, string DecidedBy, DateTimeOffset DecidedAt)
{
    /// <summary>The same decision, whoever recorded it and when: re-importing a file changes nothing.</summary>
    public bool SameAs(AwardDecisionRecord? other) =>
        other is not null && other.Decision == Decision && other.Reference == Reference && other.Date == Date && other.Note == Note;
}
