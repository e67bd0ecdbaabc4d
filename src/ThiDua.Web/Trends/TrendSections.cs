using System.Text;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Ranking;
using ThiDua.Web.Campaigns;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Trends;

/// <summary>
/// Trends on the pages: a chosen cluster's units' scores month by month (campaign page), and an indicator's progress
/// per unit as small multiples that reflow to one column on a phone (indicator page).
/// </summary>
public static class TrendSections
{
    private static readonly SvgChartRenderer Svg = new();

    /// <summary>Only when a cluster is chosen: all clusters at once would be a hundred lines. Headed by the cluster's name (and code).</summary>
    public static string ClusterScores(CampaignView view, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Cluster is not { } cluster) return "";
        var chart = TrendCharts.Scores(view.Snapshot, view.Result, new ChartFilter(cluster));
        return $"<h2 id=\"xu-huong\">Điểm từng tháng — {H.Encode(RankingGroupName.Cluster(cluster, view.Snapshot.ClusterName(cluster)))}</h2>"
            + H.Chart(Svg.Render(chart), SvgChartRenderer.Narrow.Render(chart));
    }

    /// <param name="page">The page of units shown (500 small charts at most), as the table under them is paged.</param>
    public static string IndicatorProgress(CampaignView view, string indicator, DashboardSelection selection, TablePage page)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(page);
        var all = TrendCharts.Indicator(view.Snapshot, indicator, view.Period, new ChartFilter(selection.Cluster));
        if (all.Count == 0) return "";
        var charts = page.Of(all);
        var sb = new StringBuilder("<h2 id=\"tien-do-thang\">Tiến độ từng tháng của mỗi đơn vị</h2>")
            .Append("<p class=\"meta\">Tỷ lệ so với mức kế hoạch đến từng tháng (đường đứt nét: 100% kế hoạch đến kỳ); cụm, khối rồi tỷ lệ cao trước.</p>")
            .Append("<div class=\"multiples\">");
        foreach (var chart in charts)
            sb.Append($"<a class=\"chart\" href=\"{Provenance.ProvenanceLinks.Ratio(view, chart.Series[0].Code, indicator)}\" title=\"{H.Encode(chart.Title)}: cách tính\">")
              .Append(Svg.Render(chart)).Append("</a>");
        return sb.Append("</div>").ToString();
    }
}
