using ThiDua.Analytics;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Periods;
using ThiDua.Units;

namespace ThiDua.Dashboards;

/// <summary>
/// Draws a dashboard's panels for one campaign snapshot: the web pages and the reports share it. With
/// <paramref name="narrow"/> (the pages') each panel is drawn a second time in the phone layout; with
/// <paramref name="printHeightPerWidth"/> (the reports') a chart taller than a page is also cut into page-sized parts.
/// </summary>
public sealed class DashboardRenderer(IChartRenderer charts, IChartRenderer? narrow = null, double? printHeightPerWidth = null)
{
    /// <summary>
    /// The panels at the result's month, from the result the caller computed (its page or report shows the same
    /// numbers); <paramref name="awards"/> is asked only when a panel shows them.
    /// </summary>
    public IReadOnlyList<RenderedPanel> Render(DashboardDefinition dashboard, CampaignSnapshot snapshot, DashboardSelection selection,
        CampaignResult result, Func<IReadOnlyList<Awards.AwardRow>> awards)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        ArgumentNullException.ThrowIfNull(awards);
        var awardRows = dashboard.Panels.Any(p => p.Chart == "awards") ? awards() : [];
        return dashboard.Panels.Select(p => p.Chart == "heatmap" ? Heatmap(p, snapshot, result, selection) : new RenderedPanel(p.Title, p.Chart, RenderPanel(p, snapshot, result, awardRows, selection), p.Wide,
            p.Chart == "awards" ? AwardCandidatesHtml.Render(CampaignCharts.Awards(snapshot, awardRows, Filter(p, selection)).Candidates) : null,
            narrow is null ? null : RenderPanel(narrow, p, snapshot, result, awardRows, selection), PrintParts(p, snapshot, result, awardRows, selection))).ToList();
    }

    // Only the charts with a row per unit or candidate can run longer than a page; the progress chart has one line.
    private IReadOnlyList<string>? PrintParts(PanelDefinition panel, CampaignSnapshot snapshot, CampaignResult result,
        IReadOnlyList<Awards.AwardRow> awards, DashboardSelection selection)
    {
        if (printHeightPerWidth is not { } ratio) return null;
        var filter = Filter(panel, selection);
        IReadOnlyList<string> parts = panel.Chart switch
        {
            "attainment" => SvgChartRenderer.RenderParts(CampaignCharts.Attainment(snapshot, result, filter), ratio),
            "ranking" => SvgChartRenderer.RenderParts(CampaignCharts.Ranking(snapshot, result, filter), ratio),
            "heatmap" => SvgChartRenderer.RenderParts(CampaignCharts.Heatmap(snapshot, result, filter), ratio),
            "awards" => SvgChartRenderer.RenderParts(CampaignCharts.Awards(snapshot, awards, filter), ratio),
            _ => [],
        };
        return parts.Count > 1 ? parts : null;
    }

    // The heatmap has one layout: on a phone it keeps its drawn size and scrolls in its panel, and the pages lay its
    // names, drawn a second time, over it so they stay in view.
    private RenderedPanel Heatmap(PanelDefinition panel, CampaignSnapshot snapshot, CampaignResult result, DashboardSelection selection)
    {
        var chart = CampaignCharts.Heatmap(snapshot, result, Filter(panel, selection));
        var names = narrow is null ? "" : SvgChartRenderer.RenderPinnedNames(chart);
        return new RenderedPanel(panel.Title, panel.Chart, charts.Render(chart), panel.Wide, null, names.Length == 0 ? null : names,
            PrintParts(panel, snapshot, result, [], selection));
    }

    public string RenderPanel(PanelDefinition panel, CampaignSnapshot snapshot, CampaignResult result, IReadOnlyList<Awards.AwardRow> awards,
        DashboardSelection selection) => RenderPanel(charts, panel, snapshot, result, awards, selection);

    /// <summary>One panel drawn by any renderer: the SVG of the pages, or the PNG of the downloads and Word documents.</summary>
    public static TImage RenderPanel<TImage>(IChartRenderer<TImage> charts, PanelDefinition panel, CampaignSnapshot snapshot, CampaignResult result,
        IReadOnlyList<Awards.AwardRow> awards, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(selection);
        var filter = Filter(panel, selection);
        return panel.Chart switch
        {
            "attainment" => charts.Render(CampaignCharts.Attainment(snapshot, result, filter)),
            "ranking" => charts.Render(CampaignCharts.Ranking(snapshot, result, filter)),
            "heatmap" => charts.Render(CampaignCharts.Heatmap(snapshot, result, filter)),
            "awards" => charts.Render(CampaignCharts.Awards(snapshot, awards, filter)),
            _ => RenderProgress(charts, snapshot, filter, result.Period),
        };
    }

    private static ChartFilter Filter(PanelDefinition panel, DashboardSelection selection) => new(
        panel.Cluster ?? selection.Cluster,
        panel.Kind switch { "collective" => UnitKind.Collective, "individual" => UnitKind.Individual, _ => null },
        panel.Indicator ?? selection.Indicator,
        panel.Unit ?? selection.Unit,
        panel.Form ?? selection.Form);

    // Progress needs one unit and one indicator: the selection's, else the first assigned pair that fits the filter — of
    // a unit that still exists at the period (one merged away has no progress then: its chart stopped before the month asked).
    private static TImage RenderProgress<TImage>(IChartRenderer<TImage> charts, CampaignSnapshot snapshot, ChartFilter filter, YearMonth period)
    {
        var target = snapshot.Targets.FirstOrDefault(t =>
            (filter.Unit is null || t.Unit == filter.Unit) && (filter.Indicator is null || t.Indicator == filter.Indicator)
            && snapshot.Units.TryGetValue(t.Unit, out var u) && filter.Admits(u) && (filter.Unit is not null || u.ExistsAt(period)));
        if (target is null) return charts.Render(new ProgressChart("Tiến độ theo tháng", "", null, null, []));
        return charts.Render(CampaignCharts.Progress(snapshot, target.Unit, target.Indicator, period));
    }
}
