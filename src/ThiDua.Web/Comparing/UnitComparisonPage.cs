using System.Text;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Comparing;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Comparing;

/// <summary>
/// <c>/campaigns/{c}/compare?units=A,B</c>: so sánh đơn vị — up to six units side by side, one column each: their
/// place and score, every indicator's ratio and status (the highest of a row in bold), and their scores month by month.
/// </summary>
public static class UnitComparisonPage
{
    public const string Title = "So sánh đơn vị";

    private static readonly SvgChartRenderer Svg = new();

    public static string Render(CampaignView view, DashboardSelection selection, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(comparison);
        var c = view.Snapshot.Campaign;
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{H.Segment(c.Code)}\">{H.Encode(c.Name)}</a> › {Title}</nav>");
        var chosen = comparison.Units.Select(u => u.Unit).ToList();
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/compare", ["period", "asOf"], view, selection, fields: UnitPickers.Render(view, chosen)));
        if (comparison.Units.Count < 2)
            sb.Append($"<p class=\"notice\">Chọn từ 2 đến {UnitComparison.MaxUnits} đơn vị trong các ô \"Đơn vị\" rồi bấm \"Xem\": mỗi lần xem có thêm một ô trống để chọn thêm.</p>");
        if (comparison.Units.Count == 0) return PageLayout.Render(Title + " — " + c.Name, sb.ToString(), "/");
        sb.Append(Places(view, comparison)).Append(Indicators(view, comparison))
          .Append(Exports.ExportLinks.Excel("compare", [.. CampaignDashboardPage.Filters(view, selection with { Cluster = null }), ("units", string.Join(',', chosen))]));
        if (comparison.Units.Any(u => u.Place is not null))
        {
            var trend = TrendCharts.Scores(view.Snapshot, view.Period, chosen);
            sb.Append("<h2>Điểm thi đua từng tháng</h2><section class=\"panel\">")
              .Append(H.Chart(Svg.Render(trend), SvgChartRenderer.Narrow.Render(trend))).Append("</section>");
        }
        else sb.Append("<h2>Điểm thi đua từng tháng</h2>").Append(NoChart(comparison));
        return PageLayout.Render(Title + " — " + c.Name, sb.ToString(), "/",
            [new DataLink($"/api/campaigns/{H.Segment(c.Code)}/compare?units={H.Query(string.Join(',', chosen))}&period={comparison.Period}"
                + (view.AsOf is { } at ? "&asOf=" + H.Query(VietnameseDates.Iso(at)) : ""), "so sánh đơn vị")]);
    }

    /// <summary>Why the score chart is not drawn: none of the chosen has a place that month (ended, or no targets).</summary>
    private static string NoChart(UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var who = comparison.Units.Count == 1 ? "đơn vị đã chọn không có" : "không đơn vị nào đã chọn có";
        return $"<p class=\"notice\">Không vẽ biểu đồ điểm: tháng {Labels.Month(comparison.Period)} {who} hạng, điểm trong cụm, khối "
            + "(xem ghi chú dưới tên từng đơn vị).</p>";
    }

    private static string Head(CampaignView view, UnitComparison comparison, string first)
    {
        var sb = new StringBuilder($"<thead><tr><th scope=\"col\">{first}</th>");
        foreach (var u in comparison.Units)
        {
            sb.Append($"<th scope=\"col\"><a href=\"/campaigns/{H.Segment(comparison.Campaign)}/units/{H.Segment(u.Unit)}\">{H.UnitName(u.UnitName)}</a>")
              .Append(UnitComparison.WhyUnplaced(view.Snapshot, comparison.Period, u) is { } why ? $"<br><small>{H.Encode(why)}</small>" : "").Append("</th>");
        }
        return sb.Append("</tr></thead>").ToString();
    }

    private static string Places(CampaignView view, UnitComparison comparison)
    {
        var sb = new StringBuilder($"<h2>Xếp hạng và điểm — tháng {Labels.Month(comparison.Period)}</h2>");
        // Ranks are within a (cụm, khối; tập thể or cá nhân) group, as the ranking page lists them: said when they differ.
        if (comparison.Units.Select(u => u.Place).OfType<RankingRow>().Select(p => (p.Cluster, p.Kind)).Distinct().Count() > 1)
            sb.Append("<p class=\"meta\">Hạng của mỗi đơn vị là hạng trong cụm, khối của đơn vị đó; tập thể và cá nhân xếp hạng riêng.</p>");
        sb.Append("<div class=\"table-wrap\"><table class=\"compare\">")
            .Append(TableCaption.For("Xếp hạng và điểm của các đơn vị được so sánh")).Append(Head(view, comparison, "")).Append("<tbody>");
        // Names, not figures: they wrap (a cell that did not, six of them, ran past a printed A4 page and a laptop's table).
        Row(sb, "Cụm, khối thi đua", comparison, u => H.Encode(RankingGroupName.ClusterShort(u.Cluster, view.Snapshot.ClusterName(u.Cluster))), text: true);
        Row(sb, "Tập thể, cá nhân", comparison, u => StatusWords.Of(view.Snapshot.Units[u.Unit].Kind), text: true);
        Row(sb, "Hạng trong cụm, khối", comparison, u => u.Place is { } p ? p.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—");
        Row(sb, "Điểm", comparison, u => u.Place is { } p ? VietnameseNumber.FormatFixed(p.Score, 2) : "—");
        Row(sb, "Chỉ tiêu đạt / được giao", comparison, u => u.Place is { } p ? $"{p.Met}/{p.Assigned}" : "—");
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static void Row(StringBuilder sb, string label, UnitComparison comparison, Func<ComparedUnit, string> cell, bool text = false)
    {
        sb.Append($"<tr><th scope=\"row\">{H.Encode(label)}</th>");
        foreach (var u in comparison.Units) sb.Append(text ? $"<td>{cell(u)}</td>" : $"<td class=\"num\">{cell(u)}</td>");
        sb.Append("</tr>");
    }

    private static string Indicators(CampaignView view, UnitComparison comparison)
    {
        // Not "no targets": a unit ended by then had them (each column's heading says why it has none).
        if (comparison.Indicators.Count == 0)
            return $"<p class=\"notice\">Tháng {Labels.Month(comparison.Period)} không có chỉ tiêu nào được tính cho các đơn vị đã chọn (xem ghi chú dưới tên từng đơn vị).</p>";
        var sb = new StringBuilder("<h2>Tỷ lệ hoàn thành từng chỉ tiêu</h2><p class=\"meta\">Chữ đậm: tỷ lệ cao nhất trong các đơn vị đã chọn. — : chỉ tiêu không giao cho đơn vị.</p>")
            .Append("<div class=\"table-wrap\"><table class=\"compare\">").Append(TableCaption.For("Tỷ lệ hoàn thành từng chỉ tiêu của các đơn vị được so sánh"))
            .Append(Head(view, comparison, "Chỉ tiêu")).Append("<tbody>");
        foreach (var i in comparison.Indicators)
        {
            sb.Append($"<tr><th scope=\"row\"><a href=\"/campaigns/{H.Segment(comparison.Campaign)}/indicators/{H.Segment(i.Indicator)}\">{H.Encode(i.IndicatorName)}</a></th>");
            foreach (var r in i.Rows)
            {
                if (r is null) { sb.Append("<td class=\"num\">—</td>"); continue; }
                var ratio = r.Ratio is { } q ? VietnameseNumber.FormatPercent(q, 2) : "—";
                var link = Provenance.ProvenanceLinks.Wrap(Provenance.ProvenanceLinks.Ratio(view, r.Unit, r.Indicator), ratio);
                var best = i.Best.Contains(r.Unit);
                sb.Append($"<td class=\"num\">{(best ? $"<strong>{link}</strong>{ScreenReaderText.For(" (cao nhất)")}" : link)}<br>")
                  .Append($"<span class=\"status {Labels.Css(r.Status)}\">{StatusWords.At(r.Status, view.Snapshot.Campaign, r.Period)}</span></td>");
            }
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}
