using System.Text.Json.Serialization;

namespace ThiDua.Awards.Deciding;

/// <summary>A decision on one candidate of one form, as recorded (the history keeps every one; the last per candidate stands).</summary>
/// <param name="VotesFor">How many of the council's members agreed (the secret ballot), when recorded.</param>
/// <param name="CouncilMembers">How many members the council has, when recorded.</param>
public sealed record AwardDecisionRecord(
    string Campaign, string Form, string Unit, AwardDecision Decision, string? Reference, DateOnly? Date, string? Note, string DecidedBy, DateTimeOffset DecidedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? VotesFor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CouncilMembers = null)
{
    /// <summary>The council's vote, when both numbers were recorded.</summary>
    public CouncilVote? Vote => CouncilVote.Of(VotesFor, CouncilMembers);

    /// <summary>The same decision, whoever recorded it and when: re-importing a file changes nothing.</summary>
    public bool SameAs(AwardDecisionRecord? other) =>
        other is not null && other.Decision == Decision && other.Reference == Reference && other.Date == Date && other.Note == Note
        && other.VotesFor == VotesFor && other.CouncilMembers == CouncilMembers;
}
