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

    /// <param name="cutOff">The instant the list was read at: a unit that sent its figures after it is told so.</param>
    public static byte[] Build(Campaign campaign, YearMonth month, IReadOnlyList<SubmissionRow> owing, Func<string, string> indicatorName,
        DossierSettings settings, DateTimeOffset cutOff)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(owing);
        ArgumentNullException.ThrowIfNull(indicatorName);
        ArgumentNullException.ThrowIfNull(settings);
        var subject = $"V/v đôn đốc báo cáo số liệu {VietnameseDates.Month(month)}";
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Công văn đôn đốc báo cáo số liệu {VietnameseDates.Month(month)} — {campaign.Name}", campaign), doc =>
        {
            OfficialLayout.Heading(doc, settings, "", subject: subject);
            Addressees(doc, owing);
            doc.Paragraph($"Thực hiện {campaign.Name}, để tổng hợp, đánh giá kết quả thực hiện {VietnameseDates.Month(month)}, "
                + $"{settings.IssuingBody ?? OfficialLayout.Blank} đề nghị các tập thể, cá nhân có tên dưới đây khẩn trương gửi số liệu thực hiện còn thiếu "
                + $"(theo số liệu đã nhận đến {VietnameseDates.Instant(cutOff)}):", DocxText.Body);
            var i = 0;
            doc.Table(["TT", "Tập thể, cá nhân", "Chỉ tiêu còn thiếu số liệu", "Tháng gần nhất đã gửi"],
                owing.SelectMany(u => u.Missing.Select((m, k) => (IReadOnlyList<string>)
                [
                    k == 0 ? VietnameseNumber.Format(++i) : "", k == 0 ? u.UnitName : "", $"{m.Indicator} — {indicatorName(m.Indicator)}",
                    m.LastReported is { } last ? VietnameseDates.Month(last) : "chưa gửi tháng nào",
                ])),
                [567, 2835, 3969, 1701]);
            doc.Paragraph($"Số liệu gửi theo mẫu tệp số liệu thực hiện của phong trào, trước ngày {OfficialLayout.Blank}. "
                + "Tập thể, cá nhân đã gửi số liệu sau thời điểm trên không phải thực hiện nội dung đôn đốc này.", DocxText.Body);
            doc.Paragraph("Đề nghị các tập thể, cá nhân quan tâm, thực hiện./.", DocxText.Body);
            OfficialLayout.Signature(doc, settings with { Recipients = ["Như trên;", $"Lưu: VT, {OfficialLayout.Blank}."] });
        });
    }

    private static void Addressees(DocxBuilder doc, IReadOnlyList<SubmissionRow> owing)
    {
        if (owing.Count > NamedAddressees)
        {
            doc.Paragraph("Kính gửi: Các tập thể, cá nhân có tên trong danh sách dưới đây.", DocxText.Centered with { SpaceAfter = 6 });
            return;
        }
        doc.Paragraph("Kính gửi:", DocxText.Centered with { SpaceAfter = 0 });
        for (var k = 0; k < owing.Count; k++)
            doc.Paragraph($"- {owing[k].UnitName}{(k == owing.Count - 1 ? "." : ";")}", DocxText.Centered with { SpaceAfter = k == owing.Count - 1 ? 6 : 0 });
    }
}
