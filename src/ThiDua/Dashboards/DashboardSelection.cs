using ThiDua.Periods;

namespace ThiDua.Dashboards;

/// <summary>What the reader picked on the page (or a report fixed): each null means "default" or "all".</summary>
public sealed record DashboardSelection(
    string Campaign,
    YearMonth? Period = null,
    DateTimeOffset? AsOf = null,
    string? Cluster = null,
    string? Indicator = null,
    string? Unit = null,
    string? Form = null);
