using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>One month's value in force for a (unit, indicator): all the attainment rules need of a measurement.</summary>
public readonly record struct Reading(YearMonth Period, decimal Value);
