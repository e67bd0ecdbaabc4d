namespace ThiDua.Indicators;

/// <summary>A campaign's indicator ("chỉ tiêu" or "nhiệm vụ"). Weight is &gt; 0, default 1.</summary>
public sealed record Indicator(
    string Campaign,
    string Code,
    string Name,
    string? Uom,
    Direction Direction,
    Aggregation Aggregation,
    decimal Weight);
