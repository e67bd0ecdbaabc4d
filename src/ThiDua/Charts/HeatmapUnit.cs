namespace ThiDua.Charts;

/// <summary>A heatmap row; <paramref name="Group"/> names its cluster when the heatmap shows several (a heading row each).</summary>
public sealed record HeatmapUnit(string Code, string Name, string? Group = null);
