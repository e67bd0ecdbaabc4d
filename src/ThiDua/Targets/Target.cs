using ThiDua.Periods;

namespace ThiDua.Targets;

/// <summary>A target assigned to a unit for an indicator. <see cref="TargetMax"/> is a stretch shown in charts only.</summary>
public sealed record Target(
    string Campaign,
    string Indicator,
    string Unit,
    decimal Value,
    decimal? TargetMax,
    decimal? Baseline,
    YearMonth? Deadline);
