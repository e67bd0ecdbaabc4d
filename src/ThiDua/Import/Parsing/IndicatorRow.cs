using ThiDua.Indicators;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>indicators.csv</c>; <see cref="Weight"/> defaults to 1 and is &gt; 0.</summary>
public sealed record IndicatorRow(
    int Line,
    string Campaign,
    string Code,
    string Name,
    string? Uom,
    Direction Direction,
    Aggregation Aggregation,
    decimal Weight) : IImportRow;
