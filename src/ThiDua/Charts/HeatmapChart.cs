namespace ThiDua.Charts;

/// <summary>Units (rows) × indicators (columns), each cell coloured and marked by status with its ratio in %.</summary>
public sealed record HeatmapChart(
    string Title,
    IReadOnlyList<HeatmapUnit> Units,
    IReadOnlyList<HeatmapIndicator> Indicators,
    IReadOnlyList<HeatmapCell> Cells);
