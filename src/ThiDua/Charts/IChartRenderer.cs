namespace ThiDua.Charts;

/// <summary>
/// Draws the dashboard charts from their models, which carry no drawing decisions: <see cref="SvgChartRenderer"/> for
/// pages and the PDF, <see cref="Png.PngChartRenderer"/> (ScottPlot) for raster images in Word documents and downloads.
/// </summary>
/// <typeparam name="TImage">What a rendered chart is: SVG text, PNG bytes.</typeparam>
public interface IChartRenderer<out TImage>
{
    /// <summary>Media type of the rendered documents, e.g. <c>image/svg+xml</c>.</summary>
    string ContentType { get; }

    TImage Render(AttainmentChart chart);

    TImage Render(RankingChart chart);

    TImage Render(HeatmapChart chart);

    TImage Render(ProgressChart chart);

    TImage Render(AwardsChart chart);
}

/// <summary>A renderer of charts as text documents (SVG): what pages, dashboards and the PDF reports embed.</summary>
public interface IChartRenderer : IChartRenderer<string>
{
}
