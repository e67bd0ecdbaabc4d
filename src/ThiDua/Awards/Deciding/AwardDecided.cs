using System.Text.Json.Serialization;

namespace ThiDua.Awards.Deciding;

/// <summary>The council decided on a candidate of a form (a later decision on the same candidate replaces it; both stay in the log).</summary>
/// <remarks>Events recorded before the council's vote was kept have no <paramref name="VotesFor"/> and
/// <paramref name="CouncilMembers"/> (read as none recorded).</remarks>
public sealed record AwardDecided(
    string CampaignCode, string FormCode, string UnitCode, AwardDecision Decision, string? Reference, DateOnly? DecisionDate, string? Note,
    string DecidedBy, DateTimeOffset DecidedAt,
    // Left out when none was recorded: an event without a vote is written as before.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? VotesFor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CouncilMembers = null)
{
    public AwardDecisionRecord ToRecord() => new(CampaignCode, FormCode, UnitCode, Decision, Reference, DecisionDate, Note, DecidedBy, DecidedAt, VotesFor, CouncilMembers);
}
