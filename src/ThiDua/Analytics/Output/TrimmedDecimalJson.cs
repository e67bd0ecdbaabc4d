namespace ThiDua.Analytics.Output;

/// <summary>At most 4 decimals, no trailing zeros: actuals, targets, baselines, weights.</summary>
public sealed class TrimmedDecimalJson() : DecimalJson(-1);
