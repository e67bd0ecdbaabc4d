using ThiDua.Indicators;

namespace ThiDua.Measurements.Plausibility;

/// <summary>
/// A month's new value with what it is judged against: the value stored before (null for a first report) and the
/// values in force, once the file is imported, for the same unit and indicator in the campaign's other months; and of
/// those, the ones the file leaves as they were stored (<paramref name="Settled"/>; null: all of them). With only one
/// or two other months a figure is judged against the settled ones alone: against a typo further down the same file,
/// the right figure would be flagged as the typo's twin.
/// </summary>
public sealed record JudgedMeasurement(Indicator Indicator, decimal Value, decimal? Stored, IReadOnlyList<decimal> OtherMonths, IReadOnlyList<decimal>? Settled = null);
