namespace ThiDua.Charts.Png;

/// <summary>
/// Renders the chart models as PNG images with ScottPlot 5 (SkiaSharp): the same titles, status colours and words,
/// the dashed 100 line and Vietnamese numbers as <see cref="SvgChartRenderer"/>, in Noto Sans. For Word documents
/// and the "Tải ảnh PNG" downloads; pages keep the SVG. Stateless and thread-safe (a new plot per chart).
/// </summary>
public sealed class PngChartRenderer : IChartRenderer<byte[]>
{
    public string ContentType => "image/png";

    public byte[] Render(AttainmentChart chart) => AttainmentPng.Render(Check(chart));

    public byte[] Render(RankingChart chart) => RankingPng.Render(Check(chart));

    public byte[] Render(HeatmapChart chart) => HeatmapPng.Render(Check(chart));

    public byte[] Render(ProgressChart chart) => ProgressPng.Render(Check(chart));

    public byte[] Render(AwardsChart chart) => AwardsPng.Render(Check(chart));

    private static T Check<T>(T chart) where T : class
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart;
    }
}
