namespace ThiDua.Awards.Deciding;

/// <summary>Record the council's decision on a candidate. Accepted only once the campaign's last month is closed (the importer checks).</summary>
/// <param name="VotesFor">Members agreeing in the council's secret ballot; with <paramref name="CouncilMembers"/>, or neither.</param>
public sealed record DecideAward(string Campaign, string Form, string Unit, AwardDecision Decision, string? Reference, DateOnly? Date, string? Note, string DecidedBy,
    int? VotesFor = null, int? CouncilMembers = null)
{
    /// <summary>The event, or none when the candidate already has this very decision.</summary>
    public static AwardDecided? Decide(DecideAward command, AwardDecisionRecord? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = command;
        var decided = new AwardDecided(c.Campaign, c.Form, c.Unit, c.Decision, c.Reference, c.Date, c.Note, c.DecidedBy, now, c.VotesFor, c.CouncilMembers);
        return decided.ToRecord().SameAs(current) ? null : decided;
    }

    /// <summary>A campaign's decisions form one stream: the history of every candidate's decisions in order.</summary>
    public static string StreamId(string campaignCode) => $"campaign-{campaignCode}/decisions";
}
