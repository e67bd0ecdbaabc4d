using ThiDua.Dashboards;

namespace ThiDua.Reports.Shared;

/// <summary>
/// The panels of a dashboard definition drawn for the report: the same definitions the web pages render.
/// <paramref name="Problem"/>: why none could be drawn (a malformed definition file); the report says so and goes on.
/// </summary>
public sealed record ReportPanels(string Dashboard, string Title, IReadOnlyList<RenderedPanel> Panels, string? Problem = null);
