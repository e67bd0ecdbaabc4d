using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>measurements.csv</c>: the value of one indicator for one unit in one month.</summary>
public sealed record MeasurementRow(
    int Line,
    string Campaign,
    string Unit,
    string Indicator,
    YearMonth Period,
    decimal Value,
    string? Note) : IImportRow;
