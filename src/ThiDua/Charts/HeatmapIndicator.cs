namespace ThiDua.Charts;

/// <summary>A heatmap column.</summary>
public sealed record HeatmapIndicator(string Code, string Name);
