using ThiDua.Periods;

namespace ThiDua.Reports.Shared;

/// <summary>A measurement corrected between two report cut-offs: old → new value, who, from which file and line.</summary>
public sealed record CorrectionEntry(
    DateTimeOffset RecordedAt,
    string Unit,
    string UnitName,
    string Indicator,
    string IndicatorName,
    YearMonth Period,
    decimal PreviousValue,
    decimal Value,
    string Actor,
    string? SourceFile,
    int? SourceLine);
