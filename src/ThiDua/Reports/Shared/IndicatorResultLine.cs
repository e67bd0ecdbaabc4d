using ThiDua.Attainment;

namespace ThiDua.Reports.Shared;

/// <summary>One (unit, indicator) row of a report's indicator table, with the names a reader needs.</summary>
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
    bool OnTrack)
{
    public bool IsMetOrExceeded => Status is AttainmentStatus.Met or AttainmentStatus.Exceeded;
}
