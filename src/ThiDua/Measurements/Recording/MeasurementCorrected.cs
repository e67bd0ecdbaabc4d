using ThiDua.Periods;

namespace ThiDua.Measurements.Recording;

/// <summary>A later report replaced the value in force for (campaign, unit, indicator, month): the last recorded wins.</summary>
public sealed record MeasurementCorrected(
    string CampaignCode, string UnitCode, string IndicatorCode, YearMonth Period, decimal Value, decimal PreviousValue, string? Note,
    DateTimeOffset CorrectedAt);
