using System.Text;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Web.Exports;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// <c>/campaigns/{c}</c>, the leadership's one page: the leadership dashboard's panels, the ranking of every
/// cluster, lagging indicators and award candidates with reasons, filtered by cluster, period and as-of.
/// </summary>
public static class CampaignDashboardPage
{
    public static string Render(CampaignView view, DashboardSelection selection, IReadOnlyList<RenderedPanel> panels, DashboardDefinition dashboard)
    {
        var c = view.Snapshot.Campaign;
        var filter = new ChartFilter(selection.Cluster);
        bool Admits(string unit) => view.Snapshot.Units.TryGetValue(unit, out var u) && filter.Admits(u);
        var code = H.Segment(c.Code);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}", ["cluster", "period", "asOf"], view, selection));
        sb.Append($"<p class=\"meta no-print\"><a href=\"/campaigns/{code}/tree?period={view.Period}\">Cây đơn vị (theo quan hệ trực thuộc)</a> · <a href=\"/campaigns/{code}/print?period={view.Period}\">Tóm tắt một trang A4 để in</a> · <a href=\"/campaigns/{code}/registrations\">Đăng ký thi đua</a></p>");
        sb.Append(Headline.HeadlineSection.Render(view, selection));
        sb.Append("<h2>Tổng quan</h2>").Append(PanelGrid.Render(panels, i => PanelLinks.For(dashboard.Panels[i], view, selection)));
        sb.Append("<h2 id=\"xep-hang\">Xếp hạng trong cụm, khối</h2>").Append(RankingTables.Render(view, view.Result.Ranking.Where(r => Admits(r.Unit))))
          .Append(ExportLinks.Excel("ranking", Filters(view, selection)));
        sb.Append(Trends.TrendSections.ClusterScores(view, selection));
        sb.Append("<h2 id=\"khen-thuong\">Đề xuất khen thưởng (xét ở tháng cuối của phong trào)</h2>").Append(AwardsTable.Render(view, view.Awards.Where(a => Admits(a.Unit))))
          .Append(ExportLinks.Excel("awards", Filters(view, selection)));
        // The admin's forms act on the present: looking back ("as of") shows the state then, without them.
        var antiforgery = view.AsOf is null && Security.PageUser.Current is { IsAdmin: true } admin ? admin.AntiforgeryField() : null;
        sb.Append(Periods.AwardDecisionsHtml.Render(view.Snapshot, view.Awards, antiforgery));
        sb.Append(Periods.PeriodLockHtml.Render(c, view.Snapshot.Locks, antiforgery));
        sb.Append($"<p class=\"meta no-print\">Dữ liệu dạng JSON: <a href=\"/api/campaigns/{code}/ranking?period={view.Period}\">xếp hạng</a> · ")
          .Append($"<a href=\"/api/campaigns/{code}/attainment?period={view.Period}\">tỷ lệ hoàn thành</a> · <a href=\"/api/campaigns/{code}/awards\">khen thưởng</a></p>");
        return PageLayout.Render(c.Name, sb.ToString());
    }

    /// <summary>The page's filters as the export routes take them.</summary>
    public static (string, string?)[] Filters(CampaignView view, DashboardSelection selection, string? unit = null, string? indicator = null) =>
    [
        ("campaign", view.Snapshot.Campaign.Code), ("period", view.Period.ToString()), ("asOf", view.AsOf?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        ("cluster", selection.Cluster is { } c ? (c.Length == 0 ? Charts.ChartSelection.NoCluster : c) : null), ("unit", unit), ("indicator", indicator),
    ];
}
