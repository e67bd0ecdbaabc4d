using ThiDua.Charts;
using ThiDua.Reports.Html;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Reports.Monthly;

/// <summary>Lays out a <see cref="MonthlyReport"/> as one printable HTML document. Same model, same bytes.</summary>
public sealed class MonthlyReportHtml(IChartRenderer charts)
{
    private const int MaxLaggingUnits = 50;

    public string Render(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"Báo cáo tiến độ thi đua {Month(report.Month)} — {report.Campaign.Code}";
        return ReportDocument.Write(title, title, w =>
        {
            SharedSections.Cover(w, report.Campaign, "Báo cáo tiến độ thi đua hằng tháng", Month(report.Month), report.CutOff, report.Letterhead);
            Summary(w, report);
            PeriodLockSection.Write(w, report.Locks);
            EndedUnitsSection.Write(w, report.EndedUnits);
            w.Element("h2", "1. Xếp hạng trong cụm, khối thi đua");
            SharedSections.Rankings(w, report.Rankings, charts);
            w.Element("h2", "2. Tỷ lệ hoàn thành chỉ tiêu");
            w.Element("p", "Kế hoạch đến kỳ: chỉ tiêu cộng dồn (và số liệu năm trước của chỉ tiêu giảm, tăng theo %) tính theo tỷ lệ số tháng đã qua; "
                + "các chỉ tiêu khác bằng chỉ tiêu cả kỳ. Trước tháng cuối, tỷ lệ hoàn thành so với kế hoạch đến kỳ (tiến độ); ở tháng cuối, so với chỉ tiêu cả kỳ.", "note");
            SharedSections.IndicatorTable(w, report.Indicators, withExpected: true, final: Final(report),
                WholeTable.Command(report.Campaign.Code, report.Month, report.CutOff));
            Lagging(w, report);
            Corrections(w, report);
            w.Element("h2", "5. Các mốc thời gian của phong trào");
            SharedSections.Milestones(w, report.Milestones);
            SharedSections.Panels(w, report.Panels);
            OfficialSections.Signature(w, report.Letterhead);
        });
    }

    private static void Summary(HtmlWriter w, MonthlyReport r)
    {
        w.Element("h1", $"Tình hình thực hiện {Month(r.Month)}");
        w.Open("div", "summary").Raw("\n");
        // A unit is counted here when none of its indicators lags: the campaign page splits the same units into "vượt"
        // and "đúng", so the label names both (a reader compared "9 đúng tiến độ" with the page's "4 đúng").
        Box(w, r.Summary.UnitsOnTrack, Final(r) ? "đơn vị đạt hoặc vượt mọi chỉ tiêu" : "đơn vị đúng hoặc vượt tiến độ mọi chỉ tiêu");
        Box(w, r.Summary.UnitsLagging, Final(r) ? "đơn vị có chỉ tiêu chưa đạt" : "đơn vị có chỉ tiêu chậm tiến độ");
        Box(w, r.Summary.IndicatorsMet, Final(r) ? "chỉ tiêu đạt hoặc vượt" : "chỉ tiêu đúng hoặc vượt tiến độ");
        Box(w, r.Summary.IndicatorsNotMet, Final(r) ? "chỉ tiêu chưa đạt" : "chỉ tiêu chậm tiến độ");
        Box(w, r.Summary.IndicatorsNoData, "chỉ tiêu chưa có số liệu");
        w.Close("div");
        w.Element("p", "Chỉ tiêu được đếm theo từng cặp đơn vị × chỉ tiêu. Số liệu tính đến " + Instant(r.CutOff)
            + "; các điều chỉnh ghi nhận sau thời điểm này sẽ xuất hiện trong báo cáo kỳ sau.", "note");
    }

    private static bool Final(MonthlyReport r) => Formatting.StatusWords.IsFinal(r.Campaign, r.Month);

    private static void Box(HtmlWriter w, int value, string label) =>
        w.Open("div").Open("b").Text(Count(value)).Raw("</b>").Text(label).Close("div");

    private static void Lagging(HtmlWriter w, MonthlyReport r)
    {
        w.Element("h2", "3. Chỉ tiêu chậm tiến độ");
        if (r.Lagging.Count == 0) { w.Element("p", "Không có chỉ tiêu nào chậm tiến độ."); return; }
        foreach (var l in r.Lagging)
        {
            w.Element("h4", $"{l.IndicatorName} ({l.Indicator})");
            w.TableStart("Đơn vị", "#Thực hiện", "#Kế hoạch đến kỳ", "#Chỉ tiêu giao", "#Tỷ lệ hoàn thành", "Kết quả");
            // The furthest behind first when there are many: the section says which lag, not every unit that does.
            var units = l.Units.Count <= MaxLaggingUnits ? l.Units
                : l.Units.OrderBy(u => u.Ratio ?? decimal.MinValue).ThenBy(u => u.Unit, StringComparer.Ordinal).Take(MaxLaggingUnits).ToList();
            foreach (var u in units)
                w.Row(u.UnitName, HtmlWriter.N + Number(u.Actual), HtmlWriter.N + u.ExpectedText, HtmlWriter.N + u.TargetText, HtmlWriter.N + Percent(u.Ratio), Status(u.Status, Final(r)));
            w.TableEnd();
            if (units.Count < l.Units.Count)
                w.Element("p", $"… và {Count(l.Units.Count - units.Count)} đơn vị khác chậm tiến độ ở chỉ tiêu này (in {Count(units.Count)} đơn vị thấp nhất).", "note");
        }
    }

    private static void Corrections(HtmlWriter w, MonthlyReport r)
    {
        w.Element("h2", "4. Điều chỉnh số liệu kể từ báo cáo tháng trước");
        w.Element("p", r.PreviousCutOff is { } prev
            ? $"Các số liệu được điều chỉnh sau {Instant(prev)} và đến {Instant(r.CutOff)}."
            : $"Kỳ báo cáo đầu tiên: mọi điều chỉnh đến {Instant(r.CutOff)}.", "note");
        if (r.Corrections.Count == 0) { w.Element("p", "Không có điều chỉnh nào."); return; }
        w.TableStart("Thời điểm", "Đơn vị", "Chỉ tiêu", "Kỳ", "#Giá trị cũ", "#Giá trị mới", "Người nhập", "Tệp, dòng");
        foreach (var c in r.Corrections)
            w.Row(ShortInstant(c.RecordedAt), c.UnitName, c.IndicatorName, c.Period.ToString(), HtmlWriter.N + Number(c.PreviousValue), HtmlWriter.N + Number(c.Value),
                c.Actor, c.SourceFile is null ? Missing : c.SourceLine is { } line ? $"{c.SourceFile}, dòng {Count(line)}" : c.SourceFile);
        w.TableEnd();
    }
}
