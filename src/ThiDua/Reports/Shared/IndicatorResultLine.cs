using ThiDua.Attainment;

namespace ThiDua.Reports.Shared;

/// <summary>
/// One (unit, indicator) row of a report's indicator table, with the names a reader needs; the target and expected
/// value also as words (<see cref="Formatting.TargetWording"/>: "giảm 3% so với 300" for a reduce_by target).
/// </summary>
public sealed record IndicatorResultLine(
    string Unit,
    string UnitName,
    string Indicator,
    string IndicatorName,
    string? Uom,
    decimal? Actual,
    decimal Target,
    decimal Expected,
    decimal? Ratio,
    AttainmentStatus Status,
    bool OnTrack,
    string TargetText,
    string ExpectedText)
{
    public bool IsMetOrExceeded => Status is AttainmentStatus.Met or AttainmentStatus.Exceeded;
}
