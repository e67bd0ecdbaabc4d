namespace ThiDua.Charts;

/// <summary>
/// Award candidates as a table with score bars and status badges. Rows are drawn in the given
/// order (SPEC §5: by form, then status, then score); a heading starts each new form.
/// </summary>
public sealed record AwardsChart(string Title, IReadOnlyList<AwardCandidateRow> Candidates);
