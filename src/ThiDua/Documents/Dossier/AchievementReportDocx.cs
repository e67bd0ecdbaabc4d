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
/// One candidate's báo cáo thành tích, in the structure of the report forms of Nghị định 98/2023/NĐ-CP (Phụ lục I: Mẫu số
/// 02 for a collective, Mẫu số 03 for an individual, as Mẫu số 01 and 02 of Nghị định 91/2017/NĐ-CP before them):
/// a collective's I. Sơ lược đặc điểm, tình hình; II. Thành tích đạt được (1. results, 2. biện pháp, 3. chủ trương, chính
/// sách, pháp luật, 4. tổ chức đảng, đoàn thể); III. Các hình thức đã được khen thưởng — an individual's I. Sơ lược lý
/// lịch; II. Thành tích đạt được (1. quyền hạn, nhiệm vụ, 2. thành tích); III. Các hình thức đã được khen thưởng. ThiDua
/// fills what it knows — the campaign's targets and results by indicator, score, rank in the cluster, rating, discipline,
/// initiative — and marks the rest "[Đơn vị tự ghi]" with dotted lines. Signed as the forms sign it: the unit's head (or
/// the person) on the right, beside the head above them who certifies and proposes it ("xác nhận, đề nghị") on the left.
/// </summary>
public static class AchievementReportDocx
{
    /// <summary>Who certifies and proposes a collective's report (the forms' left signature): the head of the body above it.</summary>
    public const string CollectiveCertifier = "Thủ trưởng đơn vị cấp trên trực tiếp xác nhận, đề nghị";

    /// <summary>Who certifies and proposes an individual's report: the head of their unit.</summary>
    public const string IndividualCertifier = "Thủ trưởng đơn vị xác nhận, đề nghị";

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
            if (collective) Collective(doc, campaign, a); else Individual(doc, campaign, a);
            Awards(doc);
            // The heads sign with their seals and names, which the settings do not hold (the office's signer heads another
            // body): dotted blanks. A person signs without a seal, under their own name.
            if (collective) OfficialLayout.Signature(doc, settings, "Thủ trưởng đơn vị", signerName: "", withRecipients: false,
                note: OfficialLayout.SealNote, secondSigner: (CollectiveCertifier, OfficialLayout.SealNote));
            else OfficialLayout.Signature(doc, settings, "Người báo cáo thành tích", a.Unit.Name, withRecipients: false,
                note: "(Ký, ghi rõ họ và tên)", secondSigner: (IndividualCertifier, OfficialLayout.SealNote));
        });
    }

    private static void Collective(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        doc.Paragraph(DocxText.Body, ("Tên tập thể đề nghị: ", true, false), (a.Unit.Name, false, false));
        doc.Paragraph("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", DocxText.Heading);
        doc.Paragraph("1. Đặc điểm, tình hình", Item);
        doc.Paragraph($"- Đơn vị trực thuộc: {a.ParentName ?? OfficialLayout.Blank}; {Ranking.RankingGroupName.Cluster(a.Unit.Cluster, a.ClusterName)} trong {campaign.Name}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Địa điểm trụ sở chính, điện thoại, fax; địa chỉ trang tin điện tử; quá trình thành lập và phát triển; những đặc điểm chính của đơn vị (điều kiện tự nhiên, xã hội, cơ cấu tổ chức, cơ sở vật chất); các tổ chức đảng, đoàn thể.");
        doc.Paragraph("2. Chức năng, nhiệm vụ", Item);
        OfficialLayout.ToFill(doc, "Chức năng, nhiệm vụ được giao.");
        doc.Paragraph("II. THÀNH TÍCH ĐẠT ĐƯỢC", DocxText.Heading);
        doc.Paragraph($"1. Kết quả thực hiện các chỉ tiêu thi đua ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)})", Item);
        Results(doc, campaign, a);
        doc.Paragraph("2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng trong thực tiễn sản xuất, công tác", Item);
        Initiative(doc, a);
        doc.Paragraph("3. Việc thực hiện chủ trương, chính sách, pháp luật của Đảng, Nhà nước", Item);
        OfficialLayout.ToFill(doc, "Việc thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.");
        doc.Paragraph("4. Hoạt động của tổ chức đảng, đoàn thể", Item);
        OfficialLayout.ToFill(doc, "Kết quả hoạt động, xếp loại của tổ chức đảng, đoàn thể.");
    }

    private static void Individual(DocxBuilder doc, Campaign campaign, Achievement a)
    {
        // The form's own lines: the name once, here, and no ThiDua code (the candidate's code is the software's, not the form's).
        doc.Paragraph("I. SƠ LƯỢC LÝ LỊCH", DocxText.Heading);
        doc.Paragraph($"- Họ tên: {a.Unit.Name}", DocxText.Body);
        doc.Paragraph($"- Đơn vị công tác: {a.ParentName ?? OfficialLayout.Blank}; {Ranking.RankingGroupName.Cluster(a.Unit.Cluster, a.ClusterName)}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Sinh ngày, tháng, năm; giới tính; quê quán; trú quán; chức vụ (Đảng, chính quyền, đoàn thể); trình độ chuyên môn, nghiệp vụ; học hàm, học vị, danh hiệu, giải thưởng.");
        doc.Paragraph("II. THÀNH TÍCH ĐẠT ĐƯỢC", DocxText.Heading);
        doc.Paragraph("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", Item);
        OfficialLayout.ToFill(doc, "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận.");
        doc.Paragraph("2. Thành tích đạt được", Item);
        doc.Paragraph($"a) Kết quả thực hiện các chỉ tiêu thi đua ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)})", Item);
        Results(doc, campaign, a);
        doc.Paragraph("b) Giải pháp, sáng kiến", Item);
        Initiative(doc, a);
    }

    private static DocxText Item => DocxText.Heading with { Bold = false, Italic = true };

    // The figures, and the rating and discipline the standards ask for: part of what was achieved, not an earlier title (III).
    private static void Results(DocxBuilder doc, Campaign campaign, Achievement a)
    {
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
        doc.Paragraph($"Xếp loại trong {campaign.Name}: {Rating(a.Rating?.Rating)}; kỷ luật: {(a.Rating is null ? Missing : Discipline(a.Rating.Discipline))}.", DocxText.Body);
    }

    private static void Initiative(DocxBuilder doc, Achievement a)
    {
        doc.Paragraph($"Sáng kiến được công nhận trong phong trào: {(a.Rating is null ? Missing : a.Rating.Initiative ? "có" : "không")}.", DocxText.Body);
        OfficialLayout.ToFill(doc, "Các biện pháp, giải pháp công tác; tên sáng kiến, đề tài, hiệu quả áp dụng và cấp công nhận.");
    }

    // Earlier titles and awards: only the office knows them, so the forms' two tables are left with dotted cells.
    private static void Awards(DocxBuilder doc)
    {
        doc.Paragraph("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", DocxText.Heading);
        doc.Paragraph("1. Danh hiệu thi đua", Item);
        doc.Table(["Năm", "Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định"],
            Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)[OfficialLayout.Blank, OfficialLayout.Blank, OfficialLayout.Blank]), [1400, 3400, 4272]);
        doc.Paragraph("2. Hình thức khen thưởng", Item);
        doc.Table(["Năm", "Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định"],
            Enumerable.Range(0, 3).Select(_ => (IReadOnlyList<string>)[OfficialLayout.Blank, OfficialLayout.Blank, OfficialLayout.Blank]), [1400, 3400, 4272]);
    }
}
