using System.Globalization;
using System.Text;
using ThiDua.Formatting;
using ThiDua.Provenance.Explaining;
using ThiDua.Provenance.History;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Provenance;

/// <summary>
/// <c>/campaigns/{c}/units/{u}/indicators/{i}/provenance</c>: one ratio, its formula with its figures, the monthly
/// values it aggregates, and each month's history (who, when, file and line, the value it replaced).
/// </summary>
public static class ProvenancePage
{
    public static string Render(ProvenanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (view, e) = (report.View, report.Explanation);
        var c = view.Snapshot.Campaign;
        var code = H.Segment(c.Code);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{code}\">{H.Encode(c.Name)}</a> › ")
          .Append($"<a href=\"/campaigns/{code}/units/{H.Segment(e.Unit)}\">{H.Encode(view.UnitName(e.Unit))}</a> › ")
          .Append($"<a href=\"{ProvenanceLinks.Score(view, e.Unit)}\">Điểm</a> › Cách tính</nav>");
        sb.Append("<section class=\"panel\" id=\"ket-qua\"><h2>Kết quả</h2><dl class=\"facts\">")
          .Append(Fact("Tỷ lệ hoàn thành", e.RoundedRatio is { } r ? $"<strong>{VietnameseNumber.FormatPercent(r, 2)}</strong> ({VietnameseNumber.Format(r, 4)})" : "chưa có số liệu (tính là 0)"))
          .Append(Fact("Trạng thái", $"<span class=\"status {Labels.Css(e.Status)}\">{StatusWords.At(e.Status, c, e.Period)}</span>"))
          .Append(Fact("Thực hiện (A)", e.Actual is { } a ? Actual(e, a) : "—"))
          .Append(Fact("Đóng góp vào điểm", $"trọng số {VietnameseNumber.Format(e.Indicator.Weight)} × {VietnameseNumber.Format(e.Clamped, 4)} (giới hạn 0 – {VietnameseNumber.Format(e.ScoreCap)}) · <a href=\"{ProvenanceLinks.Score(view, e.Unit)}\">xem cách tính điểm</a>"))
          .Append(StillNeeded(e, c, view.Snapshot.Targets, view.Snapshot.Units.TryGetValue(e.Unit, out var unit) ? unit.Ended : null))
          .Append("</dl></section>");
        sb.Append("<section class=\"panel\" id=\"cach-tinh\"><h2>Cách tính (theo quy định tính điểm)</h2><dl class=\"facts\">")
          .Append(Fact("Chỉ tiêu (T)", $"{Target(e)} · {IndicatorWords.Of(e.Indicator.Direction)}"
              + (e.TargetMax is { } tm ? $" · mức phấn đấu {FormulaWording.N(tm)}" : "")))
          .Append(e.Baseline is { } b ? Fact("Số gốc (B)", FormulaWording.N(b)) : "")
          .Append(Fact("Tổng hợp các tháng", H.Encode(FormulaWording.Aggregation(e))))
          .Append(Fact("Tiến độ", H.Encode(FormulaWording.Share(e))))
          .Append(Fact("Công thức", H.Encode(FormulaWording.Formula(e))))
          .Append(FormulaWording.Figures(e) is { } f ? Fact("Thay số", $"<code class=\"formula\">{H.Encode(f)}</code>") : "")
          .Append(e.RoundedRatio is { } rr ? Fact("Làm tròn", $"4 chữ số thập phân: {VietnameseNumber.Format(rr, 4)} = {VietnameseNumber.FormatPercent(rr, 2)}; trạng thái xét trên số đã làm tròn") : "")
          .Append("</dl></section>");
        sb.Append(MonthsTable(report)).Append(History(report));
        return PageLayout.Render($"{view.IndicatorName(e.Indicator.Code)} — {view.UnitName(e.Unit)}", sb.ToString(), "/",
            data: [new DataLink("/api" + ProvenanceLinks.Ratio(view, e.Unit, e.Indicator.Code), "cách tính và lịch sử")]);
    }

    // Before the campaign's last month: what the unit still needs for this ratio to be met at the end (as the unit page says).
    private static string StillNeeded(RatioExplanation e, ThiDua.Campaigns.Campaign c, IEnumerable<ThiDua.Targets.Target> targets, ThiDua.Periods.YearMonth? unitEnds) =>
        ThiDua.Attainment.StillNeeded.StillNeededCalculator.Of(e.Indicator,
            targets.First(t => t.Unit == e.Unit && t.Indicator == e.Indicator.Code), e.Months, c, e.Period, unitEnds) is { } need
            ? Fact($"Để hoàn thành đến {VietnameseDates.Month(c.LastMonth)}", H.Encode(ThiDua.Attainment.StillNeeded.StillNeededWords.Of(need, e.Indicator)))
            : "";

    private static string MonthsTable(ProvenanceReport report)
    {
        var e = report.Explanation;
        var sb = new StringBuilder($"<h2 id=\"so-lieu-thang\">Số liệu các tháng được tổng hợp (đến tháng {Labels.Month(e.Period)})</h2>");
        if (e.Months.Count == 0) return sb.Append("<p class=\"notice\">Chưa có tháng nào được báo cáo đến kỳ này.</p>").ToString();
        sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Giá trị đang dùng từng tháng") + "<thead><tr><th>Tháng</th><th class=\"num\">Giá trị đang dùng</th><th>Ghi nhận lần cuối</th><th class=\"num\">Số lần ghi</th></tr></thead><tbody>");
        foreach (var m in e.Months)
        {
            var changes = report.Changes.Where(x => x.Period == m.Period).ToList();
            var last = changes.LastOrDefault();
            sb.Append($"<tr><td><a href=\"#{Anchor(m.Period)}\">{Labels.Month(m.Period)}</a></td><td class=\"num\">{FormulaWording.N(m.Value)}</td>")
              .Append($"<td>{(last is null ? "—" : $"{H.Encode(last.Actor)}, {Labels.Instant(last.RecordedAt)} · {Source(last)}")}</td>")
              .Append($"<td class=\"num\"><a href=\"#{Anchor(m.Period)}\">{changes.Count}</a></td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    /// <summary>The warnings a value was imported over, under its note: the figure was flagged and someone let it through.</summary>
    private static string Warned(ThiDua.Provenance.History.MeasurementChange x) => x.AcceptedWarning is { Length: > 0 } warning
        ? $"{(string.IsNullOrEmpty(x.Note) ? "" : "<br>")}<span class=\"warned\">Nhập dù có cảnh báo (đã xác nhận): {H.Encode(warning)}</span>"
        : "";

    private static string History(ProvenanceReport report)
    {
        var e = report.Explanation;
        var sb = new StringBuilder("<h2 id=\"lich-su\">Lịch sử ghi nhận từng tháng</h2>");
        foreach (var month in report.Changes.Where(x => x.Period <= e.Period).GroupBy(x => x.Period))
        {
            sb.Append($"<section class=\"panel\" id=\"{Anchor(month.Key)}\"><h3>Tháng {Labels.Month(month.Key)}</h3><div class=\"table-wrap\"><table>{TableCaption.For($"Lịch sử ghi nhận tháng {Labels.Month(month.Key)}")}")
              .Append("<thead><tr><th>Thời điểm ghi</th><th>Người nhập</th><th>Tệp, dòng</th><th class=\"num\">Giá trị</th><th>Thay đổi</th><th>Ghi chú</th></tr></thead><tbody>");
            foreach (var x in month)
                sb.Append($"<tr><td>{Labels.Instant(x.RecordedAt, seconds: true)}</td><td>{H.Encode(x.Actor)}</td><td>{Source(x)}</td>")
                  .Append($"<td class=\"num\">{FormulaWording.N(x.Value)}</td>")
                  .Append($"<td>{(x.PreviousValue is { } p ? $"sửa: {FormulaWording.N(p)} → {FormulaWording.N(x.Value)}" : "ghi lần đầu")}</td>")
                  .Append($"<td>{H.Encode(x.Note ?? "")}{Warned(x)}</td></tr>");
            sb.Append("</tbody></table></div></section>");
        }
        var later = report.Changes.Count(x => x.Period > e.Period);
        if (later > 0) sb.Append($"<p class=\"meta\">{later} lần ghi cho các tháng sau tháng {Labels.Month(e.Period)} không tính vào kỳ này.</p>");
        return sb.ToString();
    }

    /// <summary>The file and line an event came from: "measurements.csv, dòng 14".</summary>
    public static string Source(MeasurementChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var file = string.IsNullOrEmpty(change.SourceFile) ? "(không rõ tệp)" : H.Encode(change.SourceFile);
        return change.SourceLine is { } l ? $"<span class=\"source\">{file}, dòng {l.ToString(CultureInfo.InvariantCulture)}</span>" : $"<span class=\"source\">{file}</span>";
    }

    private static string Fact(string label, string html) => $"<dt>{H.Encode(label)}</dt><dd>{html}</dd>";

    // A rank is a place, not a quantity in the indicator's unit ("47 bậc" read as 47 ranks gained): "hạng 47".
    private static string Actual(RatioExplanation e, decimal a) =>
        e.Indicator.Direction == ThiDua.Indicators.Direction.RankUp ? "hạng " + FormulaWording.N(a) : H.Encode(VietnameseNumber.WithUnit(FormulaWording.N(a), e.Indicator.Uom));

    // The target in the indicator's unit ("100%", "giảm 5% so với 279 vụ"); a rank's target names its ranks already.
    private static string Target(RatioExplanation e)
    {
        var target = TargetWording.Describe(e.Indicator.Direction, e.Target, e.Baseline);
        return H.Encode(e.Indicator.Direction == ThiDua.Indicators.Direction.RankUp ? target : VietnameseNumber.WithUnit(target, e.Indicator.Uom));
    }

    private static string Anchor(ThiDua.Periods.YearMonth m) => $"thang-{m}";
}
