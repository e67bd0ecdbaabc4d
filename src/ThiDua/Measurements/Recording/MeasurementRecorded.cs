using ThiDua.Periods;

namespace ThiDua.Measurements.Recording;

/// <summary>The first value reported for (campaign, unit, indicator, month).</summary>
public sealed record MeasurementRecorded(
    string CampaignCode, string UnitCode, string IndicatorCode, YearMonth Period, decimal Value, string? Note, DateTimeOffset RecordedAt);
