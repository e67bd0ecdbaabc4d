namespace ThiDua.Charts;

/// <summary>Units (rows) × indicators (columns), each cell coloured and marked by status with its ratio in %.</summary>
/// <param name="Progress">Before the campaign's last month: the statuses read as progress ("Chậm tiến độ").</param>
public sealed record HeatmapChart(
    string Title,
    IReadOnlyList<HeatmapUnit> Units,
    IReadOnlyList<HeatmapIndicator> Indicators,
    IReadOnlyList<HeatmapCell> Cells,
    bool Progress = false);
