using System.Net;
using System.Text;
using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Formatting;

namespace ThiDua.Dashboards;

/// <summary>
/// The award candidates as an HTML table, in the chart's order (a cluster-scoped form per cluster), whose reasons wrap in
/// full: a council reads them, and an SVG table cut them short. The pages and the reports show it under the chart.
/// </summary>
public static class AwardCandidatesHtml
{
    /// <param name="unitHref">Where a unit's name links to (its page), or null for plain text (a printed report).</param>
    public static string Render(IReadOnlyList<AwardCandidateRow> rows, Func<string, string?>? unitHref = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return "<p class=\"notice\">Chưa có hình thức khen thưởng hoặc ứng viên nào.</p>";
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"award-candidates\"><caption class=\"sr-only\">Ứng viên khen thưởng</caption><thead><tr><th>Hình thức</th><th>Tập thể, cá nhân</th>"
            + "<th>Kết quả</th><th class=\"num\">Điểm</th><th>Lý do</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            var name = E(r.UnitName);
            var href = unitHref?.Invoke(r.UnitCode);
            sb.Append("<tr><td>").Append(E(r.FormName)).Append("</td><td>")
              .Append(href is null ? name : $"<a href=\"{E(href)}\">{name}</a>")
              .Append($"</td><td><span class=\"status {Css(r.Status)}\">{E(StatusWords.Of(Status(r.Status)))}</span></td>")
              .Append($"<td class=\"num\">{(r.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—")}</td>")
              .Append("<td class=\"reasons\">").Append(E(r.Reasons)).Append("</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static AwardStatus Status(ChartAwardStatus status) => status switch
    {
        ChartAwardStatus.Proposed => AwardStatus.Proposed,
        ChartAwardStatus.TieAtQuota => AwardStatus.TieAtQuota,
        ChartAwardStatus.EligibleOverQuota => AwardStatus.EligibleOverQuota,
        _ => AwardStatus.Ineligible,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // The pages' status colours: proposed as exceeded, a tie as met, over the quota as not met.
    private static string Css(ChartAwardStatus status) => status switch
    {
        ChartAwardStatus.Proposed => "st-exceeded",
        ChartAwardStatus.TieAtQuota => "st-met",
        ChartAwardStatus.EligibleOverQuota => "st-notmet",
        _ => "st-nodata",
    };
}
