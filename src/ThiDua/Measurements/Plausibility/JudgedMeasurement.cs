using ThiDua.Indicators;

namespace ThiDua.Measurements.Plausibility;

/// <summary>
/// A month's new value with what it is judged against: the value stored before (null for a first report) and the
/// values in force, once the file is imported, for the same unit and indicator in the campaign's other months.
/// </summary>
public sealed record JudgedMeasurement(Indicator Indicator, decimal Value, decimal? Stored, IReadOnlyList<decimal> OtherMonths);
