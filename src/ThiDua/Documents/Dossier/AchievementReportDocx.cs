using ThiDua.Campaigns;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;
using ThiDua.Units;
using static ThiDua.Documents.Docx.DocxAlign;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// One candidate's báo cáo thành tích, in the structure of the report forms of Nghị định 98/2023/NĐ-CP (Phụ lục I) for
/// a collective (I. Sơ lược đặc điểm, tình hình; II. Thành tích đạt được; III. Các hình thức đã được khen thưởng) or an
/// individual (I. Sơ lược lý lịch; II. Thành tích đạt được; III. Các hình thức đã được khen thưởng). ThiDua fills what
/// it knows — the campaign's targets and results by indicator, score, rank in the cluster, rating, discipline,
/// initiative — and marks the rest "[Đơn vị tự ghi]" with dotted lines.
/// </summary>
public static class AchievementReportDocx
{
    public static byte[] Build(Campaign campaign, Achievement a, DossierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(a);
        var collective = a.Unit.Kind == UnitKind.Collective;
        var forms = string.Join("; ", a.Proposals.Select(p => p.FormName).Distinct());
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Báo cáo thành tích — {a.Unit.Name}", campaign), doc =>
        {
            // The candidate issues this report, not the office: the office's symbol is not theirs to use (left blank).
            // Above the issuer stands its own parent body (NĐ 30: cơ quan chủ quản trực tiếp): for a person, the parent of
            // their unit — "Văn phòng Sở" stood under the settings' "UBND tỉnh", skipping the Sở it belongs to. The
            // settings' parent body is left for a unit that has no parent (the office itself).
            OfficialLayout.Heading(doc, settings with { Symbol = null }, "BC", issuer: collective ? a.Unit.Name : a.ParentName,
                parent: collective ? a.ParentName : a.GrandparentName);
            OfficialLayout.Title(doc, "Báo cáo thành tích", $"Đề nghị tặng {forms}");
            doc.Paragraph(collective ? "(Mẫu dùng cho tập thể)" : "(Mẫu dùng cho cá nhân)", DocxText.Centered with { Italic = true, SpaceAfter = 6 });
            doc.Paragraph(DocxText.Body, (collective ? "Tên tập thể đề nghị: " : "Họ và tên: ", true, false), (a.Unit.Name, false, false));
            if (collective) Collective(doc, campaign, a); else Individual(doc, campaign, a);
            Results(doc, campaign, a);
            Awards(doc, campaign, a);
            // Signed by the unit's head (whose name the settings do not hold: the office's signer heads another body) or by
            // the person, who has no seal.
            if (collective) OfficialLayout.Signature(doc, settings, "Thủ trưởng đơn vị", signerName: "", withRecipients: false);
            else OfficialLayout.Signature(doc, settings, "Người báo cáo thành tích", a.Unit.Name, withRecipients: false, note: "(Ký, ghi rõ họ và tên)");
        });
    }

    private static void Collective(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        doc.Paragraph("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", DocxText.Heading);
        doc.Paragraph("1. Đặc điểm, tình hình", DocxText.Heading with { Bold = false, Italic = true });
        doc.Paragraph($"- Đơn vị trực thuộc: {a.ParentName ?? OfficialLayout.Blank}; {Ranking.RankingGroupName.Cluster(a.Unit.Cluster, a.ClusterName)} trong {campaign.Name}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Địa điểm trụ sở, điện thoại; quá trình thành lập và phát triển; cơ cấu tổ chức, cơ sở vật chất; các tổ chức đảng, đoàn thể.");
        doc.Paragraph("2. Chức năng, nhiệm vụ", DocxText.Heading with { Bold = false, Italic = true });
        OfficialLayout.ToFill(doc, "Chức năng, nhiệm vụ được giao.");
        doc.Paragraph("II. THÀNH TÍCH ĐẠT ĐƯỢC", DocxText.Heading);
    }

    private static void Individual(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        doc.Paragraph("I. SƠ LƯỢC LÝ LỊCH", DocxText.Heading);
        doc.Paragraph($"- Họ tên: {a.Unit.Name}; mã trong phong trào: {a.Unit.Code}.", DocxText.Body);
        doc.Paragraph($"- Đơn vị công tác: {a.ParentName ?? OfficialLayout.Blank}; {Ranking.RankingGroupName.Cluster(a.Unit.Cluster, a.ClusterName)}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Sinh ngày, giới tính, quê quán, nơi thường trú, dân tộc; chức vụ (đảng, chính quyền, đoàn thể); trình độ chuyên môn, lý luận chính trị.");
        doc.Paragraph("II. THÀNH TÍCH ĐẠT ĐƯỢC", DocxText.Heading);
        doc.Paragraph("1. Quyền hạn, nhiệm vụ được giao", DocxText.Heading with { Bold = false, Italic = true });
        OfficialLayout.ToFill(doc, "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận.");
    }

    private static void Results(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        var n = a.Unit.Kind == UnitKind.Collective ? 1 : 2;
        doc.Paragraph($"{n}. Kết quả thực hiện các chỉ tiêu thi đua ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)})", DocxText.Heading with { Bold = false, Italic = true });
        if (a.Score is null)
            doc.Paragraph("Không được giao chỉ tiêu thi đua trong phong trào.", DocxText.Body);
        else
        {
            doc.Paragraph($"Điểm thi đua: {Score(a.Score)} điểm; xếp thứ {(a.Rank is { } r ? Count(r) : Missing)} trong {Ranking.RankingGroupName.Cluster(a.Unit.Cluster, a.ClusterName)}; " +
                $"đạt và vượt {Count(a.Met)}/{Count(a.Assigned)} chỉ tiêu được giao.", DocxText.Body);
            var i = 0;
            doc.Table(["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Thực hiện", "Tỷ lệ", "Kết quả"],
                a.Indicators.Select(l => (IReadOnlyList<string>)[Count(++i), l.IndicatorName, l.Uom ?? "", l.TargetText, Number(l.Actual), Percent(l.Ratio), Status(l.Status)]),
                [454, 3402, 907, 1247, 1021, 907, 1134], align: [Center, Left, Left, Right, Right, Right, Left]);
        }
        doc.Paragraph($"{n + 1}. Giải pháp, sáng kiến", DocxText.Heading with { Bold = false, Italic = true });
        doc.Paragraph($"Sáng kiến được công nhận trong phong trào: {(a.Rating is null ? Missing : a.Rating.Initiative ? "có" : "không")}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Tên sáng kiến, giải pháp, đề tài; hiệu quả áp dụng; cấp công nhận.");
        if (a.Unit.Kind == UnitKind.Collective)
        {
            doc.Paragraph("3. Việc thực hiện chủ trương, chính sách; công tác xây dựng Đảng và đoàn thể", DocxText.Heading with { Bold = false, Italic = true });
            OfficialLayout.ToFill(doc, "Việc thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; hoạt động của tổ chức đảng, đoàn thể.");
        }
    }

    private static void Awards(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        doc.Paragraph("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", DocxText.Heading);
        doc.Paragraph("1. Danh hiệu thi đua", DocxText.Heading with { Bold = false, Italic = true });
        doc.Paragraph($"Xếp loại trong {campaign.Name}: {Rating(a.Rating?.Rating)}; kỷ luật: {(a.Rating is null ? Missing : Discipline(a.Rating.Discipline))}.", DocxText.Body);
        doc.Table(["Năm", "Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành"],
            Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)[OfficialLayout.Blank, OfficialLayout.Blank, OfficialLayout.Blank]), [1400, 3400, 4272]);
        doc.Paragraph("2. Hình thức khen thưởng", DocxText.Heading with { Bold = false, Italic = true });
        doc.Table(["Năm", "Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành"],
            Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)[OfficialLayout.Blank, OfficialLayout.Blank, OfficialLayout.Blank]), [1400, 3400, 4272]);
    }
}
