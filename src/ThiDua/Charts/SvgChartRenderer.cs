using ThiDua.Charts.Svg;

namespace ThiDua.Charts;

/// <summary>
/// Renders charts as standalone, deterministic, printable SVG documents (SPEC §5): white
/// background, no external resources, a tooltip per mark, Vietnamese number formats.
/// <see cref="Narrow"/> draws the phone layout of each chart (<see cref="ChartLayout.Narrow"/>); the heatmap has one
/// layout (its page box scrolls on a phone, its names pinned: <see cref="RenderPinnedNames"/>). Stateless and thread-safe.
/// </summary>
public sealed class SvgChartRenderer : IChartRenderer
{
    public SvgChartRenderer()
    {
    }

    private SvgChartRenderer(ChartLayout layout) => Layout = layout;

    /// <summary>The phone layout's renderer.</summary>
    public static SvgChartRenderer Narrow { get; } = new(ChartLayout.Narrow);

    public ChartLayout Layout { get; }

    public string ContentType => "image/svg+xml";

    public string Render(AttainmentChart chart) =>
        Layout == ChartLayout.Narrow ? AttainmentSvg.RenderNarrow(Check(chart)) : AttainmentSvg.Render(Check(chart));

    public string Render(RankingChart chart) =>
        Layout == ChartLayout.Narrow ? RankingSvg.RenderNarrow(Check(chart)) : RankingSvg.Render(Check(chart));

    public string Render(HeatmapChart chart) => HeatmapSvg.Render(Check(chart));

    public string Render(ProgressChart chart) => ProgressSvg.Render(Check(chart), Layout);

    public string Render(AwardsChart chart) =>
        Layout == ChartLayout.Narrow ? AwardsSvg.RenderNarrow(Check(chart)) : AwardsSvg.Render(Check(chart));

    /// <summary>
    /// The heatmap's unit names alone, to lay over the heatmap on a phone while it scrolls sideways (hidden from screen
    /// readers: the heatmap itself names every row); empty when the heatmap has nothing to show.
    /// </summary>
    public static string RenderPinnedNames(HeatmapChart chart) => HeatmapSvg.RenderNames(Check(chart));

    /// <summary>What the printed parts of a chart after its first are titled with, after the chart's own title.</summary>
    public const string Continued = PrintParts.Continued;

    /// <summary>
    /// For print: the chart cut between its rows into parts no taller than <paramref name="maxHeightPerWidth"/> times
    /// their width, each a whole chart of some of the rows (title, header or axis, legend), so a page ends between
    /// parts, never across a row; one part, the same SVG as <see cref="Render(AttainmentChart)"/>, when it fits.
    /// </summary>
    public static IReadOnlyList<string> RenderParts(AttainmentChart chart, double maxHeightPerWidth) => AttainmentSvg.RenderParts(Check(chart), maxHeightPerWidth);

    /// <inheritdoc cref="RenderParts(AttainmentChart, double)"/>
    public static IReadOnlyList<string> RenderParts(RankingChart chart, double maxHeightPerWidth) => RankingSvg.RenderParts(Check(chart), maxHeightPerWidth);

    /// <inheritdoc cref="RenderParts(AttainmentChart, double)"/>
    public static IReadOnlyList<string> RenderParts(HeatmapChart chart, double maxHeightPerWidth) => HeatmapSvg.RenderParts(Check(chart), maxHeightPerWidth);

    /// <inheritdoc cref="RenderParts(AttainmentChart, double)"/>
    public static IReadOnlyList<string> RenderParts(AwardsChart chart, double maxHeightPerWidth) => AwardsSvg.RenderParts(Check(chart), maxHeightPerWidth);

    /// <summary>Trends are drawn for pages only (no PNG): not part of <see cref="IChartRenderer{TImage}"/>.</summary>
    public string Render(TrendChart chart) => TrendSvg.Render(Check(chart), Layout);

    private static T Check<T>(T chart) where T : class
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart;
    }
}
