namespace ThiDua.Charts;

/// <summary>
/// One candidate of one award form. <paramref name="Score"/> is null for a candidate without
/// targets; <paramref name="Reasons"/> is the criterion failed or why it is in.
/// </summary>
public sealed record AwardCandidateRow(
    string FormCode,
    string FormName,
    string UnitCode,
    string UnitName,
    decimal? Score,
    ChartAwardStatus Status,
    string Reasons);
