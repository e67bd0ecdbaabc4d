using ThiDua.Charts.Svg;

namespace ThiDua.Charts;

/// <summary>
/// Renders charts as standalone, deterministic, printable SVG documents (SPEC §5): white
/// background, no external resources, a tooltip per mark, Vietnamese number formats.
/// Stateless and thread-safe.
/// </summary>
public sealed class SvgChartRenderer : IChartRenderer
{
    public string ContentType => "image/svg+xml";

    public string Render(AttainmentChart chart) => AttainmentSvg.Render(Check(chart));

    public string Render(RankingChart chart) => RankingSvg.Render(Check(chart));

    public string Render(HeatmapChart chart) => HeatmapSvg.Render(Check(chart));

    public string Render(ProgressChart chart) => ProgressSvg.Render(Check(chart));

    public string Render(AwardsChart chart) => AwardsSvg.Render(Check(chart));

    /// <summary>Trends are drawn for pages only (no PNG): not part of <see cref="IChartRenderer{TImage}"/>.</summary>
    public string Render(TrendChart chart) => TrendSvg.Render(Check(chart));

    private static T Check<T>(T chart) where T : class
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart;
    }
}
