using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Provenance.Explaining;

/// <summary>
/// How one (unit, indicator) ratio at a period was computed (SPEC §3): the months it aggregates, the actual, the target
/// and baseline as they stand at the period (pro-rated by m ⁄ M for a flow before the last month), the ratio before and
/// after rounding, the status and what it adds to the score. The same figures <see cref="AttainmentCalculator"/> uses.
/// </summary>
/// <param name="Months">The values in force at or before the period, oldest first.</param>
/// <param name="Actual">The aggregate, unrounded (the ratio is computed from it); null when no month was reported.</param>
/// <param name="Ratio">Unrounded; null for no data.</param>
/// <param name="RoundedRatio">4 decimals: what the status, the table and the score use.</param>
/// <param name="Clamped">clamp(rounded ratio, 0, cap); 0 for no data: this row's term in the score.</param>
public sealed record RatioExplanation(
    string Unit,
    Indicator Indicator,
    YearMonth Period,
    IReadOnlyList<Reading> Months,
    decimal? Actual,
    decimal Target,
    decimal? TargetMax,
    decimal? Baseline,
    YearMonth Deadline,
    FlowShare Share,
    bool ProRated,
    decimal ExpectedTarget,
    decimal? ExpectedBaseline,
    decimal? Ratio,
    decimal? RoundedRatio,
    AttainmentStatus Status,
    decimal ScoreCap,
    decimal Clamped);
