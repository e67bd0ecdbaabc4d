using ThiDua.Campaigns;
using ThiDua.Charts;
using ThiDua.Reports.Shared;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Reports.Html;

/// <summary>The sections both reports lay out the same way: cover, ranking, indicator table, panels, milestones.</summary>
internal static class SharedSections
{
    /// <summary>The first page: the official heading (NĐ 30) at the top, the report's kind, campaign and cut-off in the middle.</summary>
    public static void Cover(HtmlWriter w, Campaign campaign, string kind, string period, DateTimeOffset cutOff, ReportLetterhead letterhead)
    {
        w.Open("section", "cover").Raw("\n");
        OfficialSections.Heading(w, letterhead, cutOff);
        w.Element("div", Documents.Settings.OfficialText.CouncilOf(letterhead.Settings), "agency");
        w.Element("div", kind, "kind");
        w.Element("div", campaign.Name, "campaign");
        w.Raw("<dl>\n");
        Term(w, "Mã phong trào", campaign.Code);
        Term(w, "Kỳ báo cáo", period);
        Term(w, "Số liệu tính đến", Instant(cutOff));
        Term(w, "Thời gian phong trào", $"{Date(campaign.Start)} – {Date(campaign.End)}");
        w.Raw("</dl>\n").Element("div", "", "end").Close("section");
    }

    public static void Rankings(HtmlWriter w, IReadOnlyList<ClusterRanking> groups, IChartRenderer charts)
    {
        if (groups.Count == 0) { w.Element("p", "Chưa có đơn vị nào được giao chỉ tiêu.", "note"); return; }
        foreach (var g in groups)
        {
            w.Element("h3", $"{Cluster(g.Cluster, g.ClusterName)} — {Kind(g.Kind)}");
            w.TableStart("#Hạng", "!Mã", "Đơn vị", "#Điểm", "#Chỉ tiêu đạt", "#Được giao");
            foreach (var r in g.Rows)
                w.Row(HtmlWriter.N + Count(r.Rank), r.Unit, r.UnitName, HtmlWriter.N + Score(r.Score), HtmlWriter.N + Count(r.Met), HtmlWriter.N + Count(r.Assigned));
            w.TableEnd();
            // The chart carries its own title; one taller than a page prints in parts, its title "(tiếp theo)" on the later ones.
            var parts = SvgChartRenderer.RenderParts(g.Chart, ReportStyles.ChartHeightPerWidth);
            Figures(w, null, parts.Count > 1 ? parts : [charts.Render(g.Chart)]);
        }
    }

    /// <summary>Rows grouped under a heading row per unit (the unit name gets the full width instead of a narrow column).</summary>
    /// <summary>
    /// A printed table longer than this is not read, and Chromium gives up printing a campaign's 83,000 rows (a 24 MB
    /// document): past it, the report prints the rows that need attention most and says where the whole table is.
    /// </summary>
    public const int MaxTableLines = 1500;

    /// <param name="final">At the campaign's last month (attainment words); before it the statuses read as progress.</param>
    /// <param name="wholeTable">How to get every row (the CLI command with this report's cut-off), for a table that was cut.</param>
    public static void IndicatorTable(HtmlWriter w, IReadOnlyList<IndicatorResultLine> lines, bool withExpected, bool final, string wholeTable)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count > MaxTableLines)
        {
            // Behind schedule (monthly) or not met (summary) first, then the lowest ratios; printed in unit order.
            lines = lines.OrderBy(l => withExpected ? l.OnTrack : l.IsMetOrExceeded).ThenBy(l => l.Ratio ?? decimal.MinValue)
                .ThenBy(l => l.Unit, StringComparer.Ordinal).ThenBy(l => l.Indicator, StringComparer.Ordinal).Take(MaxTableLines)
                .OrderBy(l => l.Unit, StringComparer.Ordinal).ThenBy(l => l.Indicator, StringComparer.Ordinal).ToList();
            w.Element("p", $"Bảng đầy đủ quá dài để in; dưới đây là {Count(MaxTableLines)} dòng cần chú ý nhất "
                + $"({(withExpected ? "chậm tiến độ" : "chưa đạt")}, tỷ lệ thấp nhất). Toàn bộ số liệu: {wholeTable}", "note");
        }
        if (withExpected)
            // Since v2 the ratio is judged against the plan to date, so "Kết quả" says the progress: no column repeats it.
            w.TableStart("Chỉ tiêu", "ĐVT", "#Thực hiện", "#Chỉ tiêu giao", "#Kế hoạch đến kỳ", "#Tỷ lệ hoàn thành", "Kết quả");
        else
            w.TableStart("Chỉ tiêu", "ĐVT", "#Thực hiện", "#Chỉ tiêu giao", "#Tỷ lệ hoàn thành", "Kết quả");
        string? unit = null;
        foreach (var l in lines)
        {
            if (l.Unit != unit) w.GroupRow($"{l.UnitName} ({l.Unit})", withExpected ? 7 : 6);
            unit = l.Unit;
            if (withExpected)
                w.ClassRow(l.OnTrack ? null : "lag", l.IndicatorName, l.Uom, HtmlWriter.N + Number(l.Actual), HtmlWriter.N + l.TargetText,
                    HtmlWriter.N + l.ExpectedText, HtmlWriter.N + Percent(l.Ratio), Status(l.Status, final));
            else
                w.ClassRow(l.IsMetOrExceeded ? null : "lag", l.IndicatorName, l.Uom, HtmlWriter.N + Number(l.Actual), HtmlWriter.N + l.TargetText,
                    HtmlWriter.N + Percent(l.Ratio), Status(l.Status, final));
        }
        w.TableEnd();
    }

    public static void Panels(HtmlWriter w, ReportPanels? panels)
    {
        if (panels is null) return;
        if (panels.Problem is { } problem)
        {
            w.Element("h2", "Biểu đồ");
            w.Element("p", $"Không vẽ được các biểu đồ của bảng điều khiển “{panels.Dashboard}”: {problem}", "note");
            return;
        }
        w.Element("h2", $"Biểu đồ: {panels.Title}");
        // The dashboard's title, as its page is headed: its file name is for operators.
        w.Element("p", $"Các biểu đồ của bảng điều khiển “{panels.Title}”, cùng định nghĩa với trang web, tính đến thời điểm chốt số liệu.", "note");
        foreach (var p in panels.Panels)
        {
            Figures(w, p.Title, p.PrintParts ?? [p.Svg]);
            if (p.Table is { } table) w.Raw(table).Raw("\n");
        }
    }

    public static void Milestones(HtmlWriter w, IReadOnlyList<Milestone> milestones)
    {
        w.TableStart("Mốc", "Thời hạn", "Trạng thái");
        foreach (var m in milestones)
        {
            var when = m.Date is { } d ? Date(d) : m.Month is { } mo ? Month(mo) : "Không quy định";
            var state = m.Date is null && m.Month is null ? Missing : m.Passed ? "Đã qua" : "Sắp tới";
            w.Row(m.Name, when, state);
        }
        w.TableEnd();
    }

    /// <summary>
    /// A chart printed in parts (<see cref="SvgChartRenderer.RenderParts(AttainmentChart, double)"/>): each its own
    /// unbreakable figure, so pages end between them; the caption over the first, "(tiếp theo)" after it over the others.
    /// </summary>
    private static void Figures(HtmlWriter w, string? caption, IReadOnlyList<string> parts)
    {
        for (var i = 0; i < parts.Count; i++)
            Figure(w, caption is null || i == 0 ? caption : caption + SvgChartRenderer.Continued, parts[i]);
    }

    public static void Figure(HtmlWriter w, string? caption, string svg)
    {
        w.Raw("<figure>\n");
        if (caption is not null) w.Element("figcaption", caption);
        w.Raw(svg.TrimEnd()).Raw("\n</figure>\n");
    }

    private static void Term(HtmlWriter w, string term, string value) =>
        w.Open("dt").Text(term).Raw("</dt>").Open("dd").Text(value).Raw("</dd>\n");
}
