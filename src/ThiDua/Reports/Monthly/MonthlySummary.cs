namespace ThiDua.Reports.Monthly;

/// <summary>
/// The headline counts. A unit is on track when every indicator assigned to it is on track (ratio against
/// the expected-to-date value ≥ 1); the indicator counts are over (unit, indicator) rows.
/// </summary>
public sealed record MonthlySummary(int UnitsOnTrack, int UnitsLagging, int IndicatorsMet, int IndicatorsNotMet, int IndicatorsNoData);
