using ThiDua.Dashboards;

namespace ThiDua.Reports.Shared;

/// <summary>The panels of a dashboard definition drawn for the report: the same definitions the web pages render.</summary>
public sealed record ReportPanels(string Dashboard, string Title, IReadOnlyList<RenderedPanel> Panels);
