using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>
/// A row of <c>targets.csv</c>. Checks against the indicator's direction need the database: the importer calls
/// <see cref="TargetDefinitionRules.Check(ThiDua.Indicators.Direction, decimal?, decimal?)"/> with it.
/// <see cref="Deadline"/> is a month; a date in the cell is read as its month.
/// </summary>
public sealed record TargetRow(
    int Line,
    string Campaign,
    string Indicator,
    string Unit,
    decimal Target,
    decimal? TargetMax,
    decimal? Baseline,
    YearMonth? Deadline) : IImportRow;
