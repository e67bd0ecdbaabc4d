namespace ThiDua.Charts;

/// <summary>A heatmap row.</summary>
public sealed record HeatmapUnit(string Code, string Name);
