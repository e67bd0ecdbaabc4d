using ThiDua.Awards.Deciding;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>award_decisions.csv</c> (v2): the council's decision on one candidate of one form.</summary>
public sealed record AwardDecisionRow(
    int Line,
    string Campaign,
    string Form,
    string Unit,
    AwardDecision Decision,
    string? Reference,
    DateOnly? Date,
    string? Note) : IImportRow
{
    /// <summary>Members agreeing in the council's secret ballot (optional; with <see cref="CouncilMembers"/>).</summary>
    public int? VotesFor { get; init; }

    /// <summary>The council's number of members the votes are counted on (optional; with <see cref="VotesFor"/>).</summary>
    public int? CouncilMembers { get; init; }
}
