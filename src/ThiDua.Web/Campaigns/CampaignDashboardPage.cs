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
    /// <summary>The query parameter of the ranking's pages and of the award candidates' pages.</summary>
    public const string RankingPage = "page", AwardsPage = "awardsPage";

    /// <summary>The ids of the ranking's and the award candidates' headings (the headline cards and the pagers lead there).</summary>
    public const string RankingAnchor = "xep-hang", AwardsAnchor = "khen-thuong";

    /// <summary>
    /// The page's content around the admin's forms, the same for every reader (so it can be kept): the forms carry the
    /// admin's own antiforgery token and are drawn per request. <paramref name="viewerForms"/>: the forms as a reader
    /// without them sees them, kept too. <paramref name="data"/>: the page's JSON, in the footer for analysts and admins.
    /// </summary>
    public sealed class Body(string title, string before, string viewerForms, IReadOnlyList<DataLink> data)
    {
        public string Title => title;

        public IReadOnlyList<DataLink> Data => data;

        // Kept as the UTF-8 the response sends: a request writes them as they are, with no large string made per request.
        public byte[] Before { get; } = Encoding.UTF8.GetBytes(before);

        public byte[] ViewerForms { get; } = Encoding.UTF8.GetBytes(viewerForms);
    }

    public static Body Render(CampaignView view, DashboardSelection selection, IReadOnlyList<RenderedPanel> panels, DashboardDefinition dashboard,
        Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var c = view.Snapshot.Campaign;
        var filter = new ChartFilter(selection.Cluster);
        bool Admits(string unit) => view.Snapshot.Units.TryGetValue(unit, out var u) && filter.Admits(u);
        var code = H.Segment(c.Code);
        var ranking = view.Result.Ranking.Where(r => Admits(r.Unit)).ToList();
        var candidates = AwardsTable.Candidates(view, view.Awards.Where(a => Admits(a.Unit)));
        var rankingPage = TablePage.From(request, RankingPage, ranking.Count);
        var awardsPage = TablePage.From(request, AwardsPage, candidates.Count);
        var query = PageQuery(view, selection, rankingPage, awardsPage).ToList();
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}", ["cluster", "period", "asOf"], view, selection));
        sb.Append($"<p class=\"meta no-print\"><a href=\"/campaigns/{code}/tree?period={view.Period}\">Cây đơn vị (theo quan hệ trực thuộc)</a> · <a href=\"/campaigns/{code}/print?period={view.Period}\">Tóm tắt một trang A4 để in</a> · <a href=\"/campaigns/{code}/registrations\">Đăng ký thi đua</a> · <a href=\"/campaigns/{code}/submissions?period={view.Period}\">Tình hình báo cáo số liệu</a> · <a href=\"/campaigns/{code}/previous-year?period={view.Period}\">So với cùng kỳ năm trước</a> · <a href=\"/campaigns/{code}/compare?period={view.Period}\">So sánh đơn vị</a></p>");
        // Every section the cards lead to is on this page (the decisions and the lock in the forms part).
        sb.Append(Headline.HeadlineSection.Render(view, selection, Headline.SectionLinks.Here(RankingAnchor, AwardsAnchor,
            Headline.HeadlineSection.LaggingAnchor, Periods.AwardDecisionsHtml.Anchor, Periods.PeriodLockHtml.Anchor)));
        // The awards panel's candidate list is this page's own section further down (with its pages and Excel): the chart alone here.
        var overview = panels.Select(p => p.Chart == "awards" ? p with { Table = null } : p).ToList();
        sb.Append("<h2>Tổng quan</h2>").Append(PanelGrid.Render(overview, i => PanelLinks.For(dashboard.Panels[i], view, selection)));
        var path = $"/campaigns/{c.Code}";
        sb.Append($"<h2 id=\"{RankingAnchor}\">Xếp hạng trong cụm, khối</h2>").Append(rankingPage.Nav(path, query, RankingAnchor, "đơn vị"))
          .Append(RankingTables.Render(view, rankingPage.Of(ranking))).Append(rankingPage.Nav(path, query, RankingAnchor, "đơn vị"))
          .Append(ExportLinks.Excel("ranking", Filters(view, selection)));
        sb.Append(Trends.TrendSections.ClusterScores(view, selection));
        sb.Append($"<h2 id=\"{AwardsAnchor}\">Đề xuất khen thưởng (xét ở tháng cuối của phong trào)</h2>").Append(awardsPage.Nav(path, query, AwardsAnchor, "dòng"))
          .Append(AwardsTable.Render(view, awardsPage.Of(candidates).ToList())).Append(awardsPage.Nav(path, query, AwardsAnchor, "dòng"))
          .Append(ExportLinks.Excel("awards", Filters(view, selection)));
        DataLink[] data =
        [
            new($"/api/campaigns/{code}/ranking?period={view.Period}", "xếp hạng"),
            new($"/api/campaigns/{code}/attainment?period={view.Period}", "tỷ lệ hoàn thành"), new($"/api/campaigns/{code}/awards", "khen thưởng"),
        ];
        return new Body(c.Name, sb.ToString(), Forms(view, null), data);
    }

    /// <summary>The whole page for the reader signed in now: an admin's forms (not looking back "as of") drawn with their token.</summary>
    public static async Task<Microsoft.AspNetCore.Http.IResult> PageAsync(Body body, Microsoft.AspNetCore.Http.HttpRequest request, Func<Task<CampaignView>> view)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(view);
        var forms = body.ViewerForms;
        if (Security.PageUser.Current is { IsAdmin: true } admin && await view() is { AsOf: null } present)
            forms = Encoding.UTF8.GetBytes(Forms(present, admin.AntiforgeryField(), Periods.FormDoneNotice.From(request)));
        var (head, tail) = PageLayout.Shell(body.Title, "/", data: body.Data);
        return Pages.Html([Encoding.UTF8.GetBytes(head), body.Before, forms, Encoding.UTF8.GetBytes(tail)]);
    }

    // The admin's forms act on the present: looking back ("as of") shows the state then, without them.
    private static string Forms(CampaignView view, string? antiforgery, Periods.FormDoneNotice? done = null) =>
        Periods.AwardDecisionsHtml.Render(view.Snapshot, view.Awards, antiforgery, done)
        + Periods.PeriodLockHtml.Render(view.Snapshot.Campaign, view.Snapshot.Locks, antiforgery, done);

    /// <summary>The page's filters (and the tables' pages past the first) as a pager's links carry them.</summary>
    public static IEnumerable<(string Name, string? Value)> PageQuery(CampaignView view, DashboardSelection selection, params TablePage[] pages) =>
        new (string Name, string? Value)[]
        {
            ("cluster", selection.Cluster is { } c ? (c.Length == 0 ? Charts.ChartSelection.NoCluster : c) : null), ("period", view.Period.ToString()),
            ("asOf", view.AsOf?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        }.Concat(pages.Where(p => p.Number > 1).Select(p => (p.Parameter, (string?)p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The page's filters as the export routes take them.</summary>
    public static (string, string?)[] Filters(CampaignView view, DashboardSelection selection, string? unit = null, string? indicator = null) =>
    [
        ("campaign", view.Snapshot.Campaign.Code), ("period", view.Period.ToString()), ("asOf", view.AsOf?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        ("cluster", selection.Cluster is { } c ? (c.Length == 0 ? Charts.ChartSelection.NoCluster : c) : null), ("unit", unit), ("indicator", indicator),
    ];
}
