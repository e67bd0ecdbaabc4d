using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// The tờ trình đề nghị khen thưởng with its danh sách: per award form, who is proposed (cluster, score, what they
/// achieved); candidates tied at the last place are listed apart, for the council to decide.
/// </summary>
public static class ProposalDocx
{
    public static byte[] Build(Campaign campaign, IReadOnlyList<AwardFormResult> forms, IReadOnlyDictionary<string, string?> clusters, DossierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(forms);
        var proposed = forms.SelectMany(f => f.Candidates).Where(c => c.Status == AwardStatus.Proposed).ToList();
        return DocxBuilder.Build(doc =>
        {
            OfficialLayout.Heading(doc, settings, "TTr");
            OfficialLayout.Title(doc, "Tờ trình", $"Về việc đề nghị khen thưởng {campaign.Name}");
            doc.Paragraph($"Kính gửi: {OfficialLayout.Blank}", DocxText.Centered with { SpaceAfter = 6 });
            doc.Paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", DocxText.Body with { Italic = true });
            doc.Paragraph("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", DocxText.Body with { Italic = true });
            doc.Paragraph($"Căn cứ kết quả {campaign.Name} ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}) và biên bản họp {settings.Council ?? "Hội đồng Thi đua - Khen thưởng"} ngày {OfficialLayout.Blank},", DocxText.Body with { Italic = true });
            var collectives = proposed.Where(p => p.Kind == Units.UnitKind.Collective).Select(p => p.Unit).Distinct().Count();
            var individuals = proposed.Where(p => p.Kind == Units.UnitKind.Individual).Select(p => p.Unit).Distinct().Count();
            doc.Paragraph($"{settings.IssuingBody ?? OfficialLayout.Blank} kính đề nghị {OfficialLayout.Blank} xem xét, khen thưởng cho {Count(collectives)} tập thể và {Count(individuals)} cá nhân đã có thành tích xuất sắc trong phong trào, cụ thể như sau:", DocxText.Body);
            var n = 0;
            foreach (var form in forms.Where(f => f.Candidates.Any(c => c.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota)))
            {
                n++;
                var list = form.Candidates.Where(c => c.Status == AwardStatus.Proposed).ToList();
                doc.Paragraph($"{Count(n)}. {form.Form.Name}{(form.Form.Level is { Length: > 0 } l ? $" ({l})" : "")}: {Count(list.Count)} {Recipient(form.Form.Recipient).ToLowerInvariant()}", DocxText.Heading with { FirstLineIndent = true });
                Candidates(doc, list, clusters);
                if (form.TiesAtQuota.Count > 0)
                {
                    doc.Paragraph($"Bằng điểm ở suất cuối (số lượng {Quota(form.Form)}), Hội đồng quyết định:", DocxText.Body with { Italic = true });
                    Candidates(doc, form.TiesAtQuota, clusters);
                }
            }
            if (n == 0) doc.Paragraph("Không có tập thể, cá nhân nào đủ tiêu chuẩn đề nghị khen thưởng.", DocxText.Body);
            doc.Paragraph("(Có danh sách, báo cáo thành tích và biên bản họp Hội đồng kèm theo.)", DocxText.Body with { Italic = true });
            doc.Paragraph($"Kính trình {OfficialLayout.Blank} xem xét, quyết định./.", DocxText.Body);
            OfficialLayout.Signature(doc, settings);
        });
    }

    /// <summary>A form's quota as the documents write it: "3", "2 mỗi cụm, khối", "không giới hạn".</summary>
    internal static string Quota(AwardForm form) => form.Quota is not { } q ? "không giới hạn"
        : Count(q) + (form.QuotaScope == AwardQuotaScope.Cluster ? " mỗi cụm, khối" : "");

    /// <summary>The danh sách: TT, name, cluster, score, what the candidate achieved.</summary>
    internal static void Candidates(DocxBuilder doc, IReadOnlyList<AwardProposalLine> list, IReadOnlyDictionary<string, string?> clusters, string? blankColumn = null)
    {
        var i = 0;
        IReadOnlyList<string> header = blankColumn is null
            ? ["TT", "Tên tập thể, cá nhân", "Cụm, khối", "Điểm", "Thành tích"]
            : ["TT", "Tên tập thể, cá nhân", "Cụm, khối", "Điểm", "Thành tích", blankColumn];
        IReadOnlyList<int> widths = blankColumn is null ? [454, 2835, 1531, 907, 3345] : [454, 2552, 1247, 851, 2552, 1416];
        doc.Table(header, list.Select(c =>
        {
            IReadOnlyList<string> row = [Count(++i), c.UnitName, clusters.GetValueOrDefault(c.Unit) ?? Missing, Score(c.Score),
                string.Join("; ", c.Reasons.Select(r => r.Vietnamese)), ""];
            return blankColumn is null ? row.Take(5).ToList() : row;
        }), widths);
    }
}
