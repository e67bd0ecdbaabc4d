using ThiDua.Periods;

namespace ThiDua.Attainment.StillNeeded;

/// <summary>
/// What one unit still needs for one indicator between the month after <see cref="Period"/> and the campaign's last
/// month (<see cref="LastMonth"/>) for its ratio there to be 1 (met).
/// </summary>
/// <param name="MonthsLeft">The months after the period, through the campaign's last month (≥ 1).</param>
/// <param name="Bar">The level of the aggregated actual that meets the target at the last month; null for a task.</param>
/// <param name="Amount">For <see cref="StillNeededKind.MoreInAll"/> and <see cref="StillNeededKind.AtMostInAll"/> the total
/// of the remaining months; for <see cref="StillNeededKind.AverageOfRest"/> their average; else null.</param>
/// <param name="Current">The aggregated actual at the period (unrounded); null when nothing was reported.</param>
/// <param name="Deadline">A task's deadline; null otherwise.</param>
/// <param name="UnitEnds">For <see cref="StillNeededKind.UnitEnds"/>, the first month the unit no longer exists.</param>
/// <param name="Whole">Whether the figures are counted in whole units (target, baseline and every reading whole: classes,
/// accidents, ranks), so the words say whole numbers, never "0,33 lớp" or "không quá 23,75 vụ".</param>
public sealed record StillNeeded(
    string Unit,
    string Indicator,
    YearMonth Period,
    YearMonth LastMonth,
    int MonthsLeft,
    StillNeededKind Kind,
    FinalBar? Bar,
    decimal? Amount,
    decimal? Current,
    YearMonth? Deadline,
    bool Whole = false,
    YearMonth? UnitEnds = null)
{
    /// <summary>The amount spread evenly over the remaining months (a flow's total), for "bình quân mỗi tháng".</summary>
    public decimal? PerMonth => Kind is StillNeededKind.MoreInAll or StillNeededKind.AtMostInAll && Amount is { } a
        ? a / MonthsLeft
        : null;
}
