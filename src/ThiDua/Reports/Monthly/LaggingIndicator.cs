using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Monthly;

/// <summary>An indicator that is behind its expected progress for at least one unit, with those units.</summary>
public sealed record LaggingIndicator(string Indicator, string IndicatorName, IReadOnlyList<IndicatorResultLine> Units);
