using ThiDua.Periods;

namespace ThiDua.Measurements;

/// <summary>The value in force for (campaign, unit, indicator, month): the one recorded last.</summary>
public sealed record Measurement(string Campaign, string Unit, string Indicator, YearMonth Period, decimal Value, string? Note);
