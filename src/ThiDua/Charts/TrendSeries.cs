namespace ThiDua.Charts;

/// <summary>One unit's line of a trend chart: a value per month of the chart (null: none that month).</summary>
public sealed record TrendSeries(string Code, string Name, IReadOnlyList<decimal?> Values);
