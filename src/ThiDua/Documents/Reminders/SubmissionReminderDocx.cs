using ThiDua.Campaigns;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Measurements.Submissions;
using ThiDua.Periods;

namespace ThiDua.Documents.Reminders;

/// <summary>
/// The công văn đôn đốc: the office's letter asking the units that have not sent a month's figures to send them, laid
/// out as NĐ 30/2020 lays out a công văn (number without a kind, "V/v …" under it, "Kính gửi", no title), each unit
/// with the indicators it owes and the last month it sent them. The deadline and the number are the clerk's blanks.
/// </summary>
public static class SubmissionReminderDocx
{
    // Up to this many units are named after "Kính gửi"; more are "the units in the list below".
    private const int NamedAddressees = 6;

    // "Kính gửi:" ends 5 cm in (its column), about the middle of the line less its own width, as the decree's sample sets it.
    private const int AddresseeColumn = 2835;

    /// <param name="cutOff">The instant the list was read at: a unit that sent its figures after it is told so.</param>
    public static byte[] Build(Campaign campaign, YearMonth month, IReadOnlyList<SubmissionRow> owing, Func<string, string> indicatorName,
        DossierSettings settings, DateTimeOffset cutOff)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(owing);
        ArgumentNullException.ThrowIfNull(indicatorName);
        ArgumentNullException.ThrowIfNull(settings);
        var subject = $"V/v đôn đốc báo cáo số liệu {VietnameseDates.Month(month)}";
        // Dated the day the list was read (Vietnam time), as a report is dated its cut-off: the settings' date is the
        // award dossier's, and a reminder for August dated the dossier's November day read as sent after the fact.
        var dated = settings with { Date = DateOnly.FromDateTime(cutOff.ToOffset(Reports.ReportCutOff.VietnamOffset).DateTime) };
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Công văn đôn đốc báo cáo số liệu {VietnameseDates.Month(month)} — {campaign.Name}", campaign), doc =>
        {
            OfficialLayout.Heading(doc, dated, "", subject: subject);
            Addressees(doc, owing);
            doc.Paragraph($"Thực hiện {campaign.Name}, để tổng hợp, đánh giá kết quả thực hiện {VietnameseDates.Month(month)}, "
                + $"{settings.IssuingBody ?? OfficialLayout.Blank} đề nghị các tập thể, cá nhân có tên dưới đây khẩn trương gửi số liệu thực hiện còn thiếu "
                + $"(theo số liệu đã nhận đến {Received(cutOff)}):", DocxText.Body);
            var i = 0;
            doc.Table(["TT", "Tập thể, cá nhân", "Chỉ tiêu còn thiếu số liệu", "Tháng gần nhất đã gửi"],
                owing.SelectMany(u => u.Missing.Select((m, k) => (IReadOnlyList<string>)
                [
                    k == 0 ? VietnameseNumber.Format(++i) : "", k == 0 ? u.UnitName : "", $"{m.Indicator} — {indicatorName(m.Indicator)}",
                    m.LastReported is { } last ? VietnameseDates.Month(last) : "chưa gửi tháng nào",
                ])),
                [567, 2835, 3969, 1701], align: [DocxAlign.Center]);
            doc.Paragraph($"Số liệu gửi theo mẫu tệp số liệu thực hiện của phong trào, trước ngày {OfficialLayout.Blank}. "
                + "Tập thể, cá nhân đã gửi số liệu sau thời điểm trên không phải thực hiện nội dung đôn đốc này.", DocxText.Body);
            doc.Paragraph("Đề nghị các tập thể, cá nhân quan tâm, thực hiện./.", DocxText.Body);
            OfficialLayout.Signature(doc, settings with { Recipients = ["Như trên;", Archive(settings)] });
        });
    }

    // "15 giờ 53 phút ngày 07/12/2026", as a letter writes a time, not a screen's "07/12/2026 15:53".
    private static string Received(DateTimeOffset at)
    {
        var local = at.ToOffset(Reports.ReportCutOff.VietnamOffset);
        return $"{local.Hour:D2} giờ {local.Minute:D2} phút ngày {VietnameseDates.Date(DateOnly.FromDateTime(local.DateTime))}";
    }

    // The office's own "Lưu: VT, TĐKT." from the settings' recipients (the same on every letter it sends); the other
    // recipients there are the dossier's, not a reminder's.
    private static string Archive(DossierSettings settings) =>
        settings.Recipients?.Select(r => r.TrimStart('-', ' ')).LastOrDefault(r => r.StartsWith("Lưu", StringComparison.Ordinal))
        ?? $"Lưu: VT, {OfficialLayout.Blank}.";

    // NĐ 30/2020 (Phụ lục I, nơi nhận of a công văn): one addressee on the line of "Kính gửi:"; two or more each on a
    // line of its own under it, "- …;" and the last "- … .", the dashes in line under the colon — the colon ends the
    // left column and the names start the right one, so the dashes align whatever the names' lengths.
    private static void Addressees(DocxBuilder doc, IReadOnlyList<SubmissionRow> owing)
    {
        if (owing.Count > NamedAddressees || owing.Count == 1)
        {
            var whom = owing.Count == 1 ? owing[0].UnitName : "Các tập thể, cá nhân có tên trong danh sách dưới đây";
            doc.Paragraph($"Kính gửi: {whom}.", DocxText.Centered with { SpaceAfter = 6 });
            return;
        }
        var line = new DocxText(14, Align: DocxAlign.Left, SpaceAfter: 0);
        doc.Columns(AddresseeColumn, [DocxBuilder.Para("Kính gửi:", line with { Align = DocxAlign.Right })],
            owing.Select((u, k) => DocxBuilder.Para($"- {u.UnitName}{(k == owing.Count - 1 ? "." : ";")}", line)).Prepend(DocxBuilder.Para("", line)));
        doc.Paragraph("", DocxText.Centered with { SpaceAfter = 6 });
    }
}
