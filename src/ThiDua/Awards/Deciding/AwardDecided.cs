namespace ThiDua.Awards.Deciding;

/// <summary>The council decided on a candidate of a form (a later decision on the same candidate replaces it; both stay in the log).</summary>
public sealed record AwardDecided(
    string CampaignCode, string FormCode, string UnitCode, AwardDecision Decision, string? Reference, DateOnly? DecisionDate, string? Note,
    string DecidedBy, DateTimeOffset DecidedAt)
{
    public AwardDecisionRecord ToRecord() => new(CampaignCode, FormCode, UnitCode, Decision, Reference, DecisionDate, Note, DecidedBy, DecidedAt);
}
