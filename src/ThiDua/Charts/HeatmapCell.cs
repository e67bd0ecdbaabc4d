namespace ThiDua.Charts;

/// <summary>
/// The status of one (unit, indicator). A (unit, indicator) without a cell is drawn as
/// "not assigned"; <paramref name="Ratio"/> is null for no data.
/// </summary>
public sealed record HeatmapCell(string UnitCode, string IndicatorCode, decimal? Ratio, ChartIndicatorStatus Status);
