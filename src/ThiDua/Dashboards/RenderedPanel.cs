namespace ThiDua.Dashboards;

/// <summary>A panel drawn: its title, chart kind, and the chart as standalone SVG.</summary>
/// <param name="Table">HTML shown under the chart: an awards panel's candidates with their reasons in full; else null.</param>
/// <param name="NarrowSvg">The same chart laid out for a phone (<see cref="Charts.ChartLayout.Narrow"/>) when the page asked for it.</param>
/// <param name="PrintParts">For a printed report, a chart taller than a page cut between its rows into page-sized parts
/// (<see cref="Charts.SvgChartRenderer.RenderParts(Charts.AttainmentChart, double)"/>); null when it fits one or on a web page.</param>
public sealed record RenderedPanel(string Title, string Chart, string Svg, bool Wide, string? Table = null, string? NarrowSvg = null,
    IReadOnlyList<string>? PrintParts = null);
