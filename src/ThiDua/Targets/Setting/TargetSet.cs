using ThiDua.Periods;

namespace ThiDua.Targets.Setting;

/// <summary>A unit was given a target for an indicator, or its target changed.</summary>
public sealed record TargetSet(
    string CampaignCode, string IndicatorCode, string UnitCode, decimal Value, decimal? TargetMax, decimal? Baseline, YearMonth? Deadline,
    DateTimeOffset SetAt)
{
    public Target ToTarget() => new(CampaignCode, IndicatorCode, UnitCode, Value, TargetMax, Baseline, Deadline);
}
