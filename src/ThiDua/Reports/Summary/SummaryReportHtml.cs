using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Reports.Html;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Reports.Summary;

/// <summary>Lays out a <see cref="SummaryReport"/> (tổng kết) as one printable HTML document. Same model, same bytes.</summary>
public sealed class SummaryReportHtml(IChartRenderer charts)
{
    public string Render(SummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"Báo cáo tổng kết phong trào thi đua — {report.Campaign.Code}";
        return ReportDocument.Write(title, title, w =>
        {
            SharedSections.Cover(w, report.Campaign, "Báo cáo tổng kết phong trào thi đua", Month(report.FinalMonth), report.CutOff, report.Letterhead);
            w.Element("h1", "Tổng kết phong trào thi đua");
            w.Element("p", $"Kết quả tính tại kỳ cuối của phong trào ({Month(report.FinalMonth)}), số liệu tính đến {Instant(report.CutOff)}.", "note");
            PeriodLockSection.Write(w, report.Locks);
            EndedUnitsSection.Write(w, report.EndedUnits);
            w.Element("h2", "1. Xếp hạng chung cuộc trong cụm, khối thi đua");
            SharedSections.Rankings(w, report.Rankings, charts);
            w.Element("h2", "2. Kết quả thực hiện từng chỉ tiêu");
            SharedSections.IndicatorTable(w, report.Indicators, withExpected: false, final: true,
                WholeTable.Command(report.Campaign.Code, report.FinalMonth, report.CutOff));
            w.Element("h2", "3. Đề xuất khen thưởng");
            Forms(w, report);
            w.Element("h2", "4. Khen thưởng đã có quyết định");
            Decided(w, report);
            w.Element("h2", "5. Các mốc thời gian của phong trào");
            SharedSections.Milestones(w, report.Milestones);
            SharedSections.Panels(w, report.Panels);
            OfficialSections.Signature(w, report.Letterhead);
            AchievementAnnex.Write(w, report.Annex);
        });
    }

    // Apart from the proposals: what the council decided, with its number and date (a proposal is not yet an award).
    private static void Decided(HtmlWriter w, SummaryReport r)
    {
        if (r.Decided.Count == 0) { w.Element("p", "Chưa có quyết định khen thưởng nào được ghi nhận."); return; }
        // The council's ballot, when one was recorded: a last column then, none otherwise (the report as before).
        var votes = r.Decided.Any(d => d.Decision.Vote is not null);
        string[] headings = ["Hình thức", "!Mã", "Tên", "Kết quả xét", "Quyết định", "Số quyết định", "Ngày", "Ghi chú", "Số phiếu đồng ý"];
        w.TableStart(votes ? headings : headings[..^1]);
        foreach (var d in r.Decided)
        {
            string?[] cells = [d.FormName, d.Unit, d.UnitName, Award(d.Status), Awards.Deciding.AwardDecisions.Vietnamese(d.Decision.Decision), d.Decision.Reference ?? Missing,
                d.Decision.Date is { } day ? Date(day) : Missing, d.Decision.Note ?? "", d.Decision.Vote?.Vietnamese() ?? Missing];
            w.Row(votes ? cells : cells[..^1]);
        }
        w.TableEnd();
    }

    // A summary made after the council met said the ties still awaited it ("cần Hội đồng xem xét, quyết định") beside
    // section 4 listing its decisions on them: only the ties without a decision are asked of the council.
    private static void TiesNotice(HtmlWriter w, SummaryReport r)
    {
        if (r.TiesAtQuota == 0) return;
        var council = Documents.Settings.OfficialText.CouncilOf(r.Letterhead.Settings);
        var ties = $"có {Count(r.TiesAtQuota)} trường hợp bằng điểm ở suất cuối của số lượng được khen (đồng hạng)";
        var pending = r.Forms.SelectMany(f => f.TiesAtQuota).Count(t => !r.Decided.Any(d => d.FormCode == t.FormCode && d.Unit == t.Unit));
        if (pending == r.TiesAtQuota)
            w.Element("p", $"Lưu ý {council}: {ties}, cần Hội đồng xem xét, quyết định.", "flag");
        else if (pending > 0)
            w.Element("p", $"Lưu ý {council}: {ties}; Hội đồng đã quyết định {Count(r.TiesAtQuota - pending)} trường hợp (mục 4), "
                + $"còn {Count(pending)} trường hợp cần Hội đồng xem xét, quyết định.", "flag");
        else
            w.Element("p", $"{ties[..1].ToUpperInvariant()}{ties[1..]}: Hội đồng đã quyết định cả {Count(r.TiesAtQuota)} trường hợp (mục 4. Khen thưởng đã có quyết định).", "note");
    }

    private static void Forms(HtmlWriter w, SummaryReport r)
    {
        if (r.Forms.Count == 0) { w.Element("p", "Phong trào chưa có hình thức khen thưởng."); return; }
        TiesNotice(w, r);
        foreach (var f in r.Forms)
        {
            var form = f.Form;
            w.Element("h3", $"{form.Name} ({form.Code})");
            w.Element("p", $"Cấp khen: {form.Level ?? Missing}. Đối tượng: {Recipient(form.Recipient)}. Số lượng được khen: {AwardWording.Quota(form)}. "
                + $"Đề nghị: {Count(f.Proposed)}; bằng điểm ở suất cuối: {Count(f.TiesAtQuota.Count)}.", "note");
            if (f.Candidates.Count == 0) { w.Element("p", "Không có ứng viên."); continue; }
            w.TableStart("!Mã", "Tên", "!Loại", "#Điểm", "Kết quả xét", "Lý do");
            foreach (var c in f.Candidates)
                w.ClassRow(c.Status == AwardStatus.TieAtQuota ? "tie" : null, c.Unit, c.UnitName, Kind(c.Kind), HtmlWriter.N + Score(c.Score), Award(c.Status),
                    string.Join("; ", c.Reasons.Select(x => x.Vietnamese)));
            w.TableEnd();
        }
    }
}
