using ThiDua.Periods;

namespace ThiDua.Reports.Shared;

/// <summary>A campaign milestone: a day or a month (or neither, when the plan sets none) and whether it has passed at the cut-off.</summary>
public sealed record Milestone(string Name, DateOnly? Date, YearMonth? Month, bool Passed);
