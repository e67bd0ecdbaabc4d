namespace ThiDua.Dashboards;

/// <summary>A panel drawn: its title, chart kind, and the chart as standalone SVG.</summary>
public sealed record RenderedPanel(string Title, string Chart, string Svg, bool Wide);
