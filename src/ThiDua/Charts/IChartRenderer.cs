namespace ThiDua.Charts;

/// <summary>
/// Draws the dashboard charts. The models carry no drawing decisions, so another renderer
/// (ScottPlot, where it is available) can replace <see cref="SvgChartRenderer"/>.
/// </summary>
public interface IChartRenderer
{
    /// <summary>Media type of the rendered documents, e.g. <c>image/svg+xml</c>.</summary>
    string ContentType { get; }

    string Render(AttainmentChart chart);

    string Render(RankingChart chart);

    string Render(HeatmapChart chart);

    string Render(ProgressChart chart);

    string Render(AwardsChart chart);
}
