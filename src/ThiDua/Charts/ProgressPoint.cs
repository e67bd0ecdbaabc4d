using ThiDua.Periods;

namespace ThiDua.Charts;

/// <summary>
/// One month of an indicator: the aggregated actual up to that month (null: nothing reported yet)
/// and the expected value (pro-rata target for <c>sum</c> indicators, the target otherwise).
/// </summary>
public sealed record ProgressPoint(YearMonth Month, decimal? Actual, decimal Expected);
