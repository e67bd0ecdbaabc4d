using System.Text;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Indicators;
using ThiDua.Web.Exports;
using ThiDua.Web.Html;
using ThiDua.Web.LeftToDo;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary><c>/campaigns/{c}/indicators/{i}</c>: one indicator across units, as a chart and a table, filtered by cluster.</summary>
public static class IndicatorPage
{
    public static string Render(CampaignView view, Indicator indicator, DashboardSelection selection, IChartRenderer charts,
        Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var c = view.Snapshot.Campaign;
        var filter = new ChartFilter(selection.Cluster, Indicator: indicator.Code);
        var rows = view.Result.Attainment
            .Where(a => a.Indicator == indicator.Code && view.Snapshot.Units.TryGetValue(a.Unit, out var u) && filter.Admits(u)).ToList();
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<p><a href=\"/campaigns/{H.Segment(c.Code)}\">← {H.Encode(c.Name)}</a></p>");
        sb.Append($"<p class=\"meta\">Mã {H.Encode(indicator.Code)} · đơn vị tính: {H.Encode(indicator.Uom ?? "—")} · {IndicatorWords.Of(indicator.Direction)}")
          .Append($" · cách tổng hợp: {IndicatorWords.Of(indicator.Aggregation)} · trọng số {ThiDua.Formatting.VietnameseNumber.Format(indicator.Weight)}</p>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/indicators/{indicator.Code}", ["cluster", "period", "asOf"], view, selection));
        var attainment = CampaignCharts.Attainment(view.Snapshot, view.Result, filter);
        sb.Append("<div class=\"grid\"><section class=\"panel wide\"><h2>Tỷ lệ hoàn thành theo đơn vị</h2>")
          .Append(H.Chart(charts.Render(attainment), SvgChartRenderer.Narrow.Render(attainment)))
          .Append("<p class=\"meta no-print download\">").Append(ExportLinks.Png("attainment", CampaignDashboardPage.Filters(view, selection, indicator: indicator.Code)))
          .Append("</p></section></div>");
        // The small charts and the table hold the same units: one page parameter pages both, 500 units at a time.
        var page = TablePage.From(request, "page", rows.Count);
        var path = $"/campaigns/{c.Code}/indicators/{indicator.Code}";
        var query = CampaignDashboardPage.PageQuery(view, selection);
        sb.Append(Trends.TrendSections.IndicatorProgress(view, indicator.Code, selection, page));
        sb.Append("<h2 id=\"so-lieu\">Số liệu theo đơn vị</h2>");
        sb.Append(rows.Count == 0 ? "<p class=\"notice\">Không có đơn vị nào được giao chỉ tiêu này trong nhóm đã chọn.</p>"
            : page.Nav(path, query, "so-lieu", "đơn vị") + AttainmentTable.Render(view, page.Of(rows), byUnit: true,
                StillNeededColumn.For(view, (_, i) => i == indicator.Code)) + page.Nav(path, query, "so-lieu", "đơn vị")
            + ExportLinks.Excel("attainment", CampaignDashboardPage.Filters(view, selection, indicator: indicator.Code)));
        return PageLayout.Render(indicator.Name, sb.ToString(), "/");
    }
}
