using System.Text;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Measurements.Submissions;
using ThiDua.Ranking;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Submissions;

/// <summary>
/// <c>/campaigns/{c}/submissions</c>: tình hình báo cáo số liệu — which units have sent the month's figures, which sent
/// some, which none, and for each what it still owes with the last month it sent; by cụm as chosen, as of a time when asked.
/// The list of units owing and the names of the complete ones are read 500 at a time, as the campaign page's tables
/// (<see cref="TablePage"/>); the counts line is about every unit, and the Excel and the công văn hold them all.
/// </summary>
public static class SubmissionsPage
{
    public const string Title = "Tình hình báo cáo số liệu";

    /// <summary>The query parameters choosing the page of each list (1 = first).</summary>
    public const string OwingPage = "page", CompletePage = "completePage";

    public static string Render(CampaignView view, DashboardSelection selection, Microsoft.AspNetCore.Http.HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Snapshot.Campaign;
        var rows = Rows(view, selection);
        var month = VietnameseDates.Month(view.Period);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{H.Segment(c.Code)}\">{H.Encode(c.Name)}</a> › {Title}</nav>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/submissions", ["cluster", "period", "asOf"], view, selection));
        if (rows.Count == 0)
            return PageLayout.Render(Title + " — " + c.Name, sb.Append($"<p class=\"notice\">Chưa có số liệu {month} nào được gửi")
                .Append(selection.Cluster is null ? "" : " cho các chỉ tiêu của cụm, khối đã chọn")
                .Append(": một chỉ tiêu được chờ báo cáo trong tháng khi đã có đơn vị gửi số liệu của nó cho tháng đó (nhiệm vụ không tính).</p>").ToString(), "/");
        var (complete, none) = (rows.Count(r => r.Complete), rows.Count(r => r.None));
        sb.Append($"<p>Số liệu {month}: <strong>{VietnameseNumber.Format(complete)}</strong> đã báo cáo đủ, ")
          .Append($"<strong>{VietnameseNumber.Format(rows.Count - complete - none)}</strong> báo cáo thiếu, <strong>{VietnameseNumber.Format(none)}</strong> chưa báo cáo")
          .Append($" (trên {VietnameseNumber.Format(rows.Count)} tập thể, cá nhân được giao chỉ tiêu báo cáo hằng tháng).</p>");
        sb.Append("<p class=\"meta\">Một số liệu được tính cho đúng tháng của nó: đơn vị đã gửi tháng trước mà chưa gửi tháng này là chưa báo cáo tháng này, ")
          .Append("dù bảng xếp hạng vẫn dùng số liệu gần nhất. Một chỉ tiêu được chờ báo cáo trong tháng khi đã có đơn vị gửi số liệu của chỉ tiêu đó cho tháng này ")
          .Append("(chỉ tiêu báo cáo một lần hay theo quý không bị tính thiếu ở các tháng không ai báo cáo); nhiệm vụ (báo cáo khi hoàn thành) không tính.</p>");
        var (owing, done) = (rows.Where(r => !r.Complete).ToList(), rows.Where(r => r.Complete).ToList());
        var (owingPage, donePage) = (TablePage.From(request, OwingPage, owing.Count), TablePage.From(request, CompletePage, done.Count));
        var path = $"/campaigns/{c.Code}/submissions";
        var query = CampaignDashboardPage.PageQuery(view, selection, owingPage, donePage).ToList();
        sb.Append("<h2 id=\"con-thieu\">Chưa báo cáo đủ</h2>").Append(owing.Count == 0
            ? $"<p>Mọi tập thể, cá nhân đã báo cáo đủ số liệu {month}.</p>"
            : owingPage.Nav(path, query, "con-thieu", "đơn vị") + Table(view, owingPage.Of(owing), month) + owingPage.Nav(path, query, "con-thieu", "đơn vị"));
        var filters = CampaignDashboardPage.Filters(view, selection);
        sb.Append(Exports.ExportLinks.Excel("submissions", filters));
        if (owing.Count > 0)
            sb.Append(Exports.ExportLinks.Word($"/campaigns/{H.Segment(c.Code)}/submissions/reminder.docx", "Tải công văn đôn đốc báo cáo số liệu (Word)",
                filters.Where(f => f.Item1 != "campaign").ToArray()));
        if (done.Count > 0)
            sb.Append($"<h2 id=\"da-du\">Đã báo cáo đủ ({VietnameseNumber.Format(done.Count)})</h2>").Append(donePage.Nav(path, query, "da-du", "đơn vị")).Append("<p>")
              .Append(string.Join("; ", donePage.Of(done).Select(r => $"{H.Encode(r.UnitName)} ({H.Encode(r.Unit)})"))).Append("</p>")
              .Append(donePage.Nav(path, query, "da-du", "đơn vị"));
        return PageLayout.Render(Title + " — " + c.Name, sb.ToString(), "/");
    }

    /// <summary>The units the page lists: those of the chosen cụm (all without one).</summary>
    public static IReadOnlyList<SubmissionRow> Rows(CampaignView view, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        var filter = new ChartFilter(selection.Cluster);
        return MonthSubmissions.Of(view.Snapshot, view.Period).Where(r => filter.Admits(view.Snapshot.Units[r.Unit])).ToList();
    }

    private static string Table(CampaignView view, IEnumerable<SubmissionRow> rows, string month)
    {
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"submissions\">" + TableCaption.For($"Tập thể, cá nhân chưa báo cáo đủ số liệu {month}")
            + "<thead><tr><th>Cụm, khối</th><th>Tập thể, cá nhân</th><th class=\"num\">Đã có / phải báo cáo</th><th>Tình trạng</th><th>Chỉ tiêu còn thiếu số liệu</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            var cluster = RankingGroupName.ClusterHeading(r.Cluster, view.Snapshot.ClusterName(r.Cluster));
            var missing = string.Join("<br>", r.Missing.Select(m => $"{H.Encode(view.IndicatorName(m.Indicator))} <span class=\"meta\">{H.Encode(SubmissionWords.Detail(m))}</span>"));
            sb.Append($"<tr><td>{H.Encode(cluster)}</td><td><a href=\"/campaigns/{H.Segment(view.Snapshot.Campaign.Code)}/units/{H.Segment(r.Unit)}?period={view.Period}\">{H.Encode(r.UnitName)}</a> ({H.Encode(r.Unit)})</td>")
              .Append($"<td class=\"num\">{VietnameseNumber.Format(r.Reported)}/{VietnameseNumber.Format(r.Expected)}</td>")
              .Append($"<td><span class=\"status {(r.None ? "st-notmet" : "st-nodata")}\">{SubmissionWords.State(r)}</span></td><td>{missing}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}
