using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Campaigns;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;
using static ThiDua.Documents.Docx.DocxAlign;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// The tờ trình đề nghị khen thưởng with its danh sách: per award form, who is proposed (cluster, score, what they
/// achieved); candidates tied at the last place are listed apart, for the council to decide.
/// </summary>
public static class ProposalDocx
{
    /// <summary>The column the decisions fill once recorded.</summary>
    public const string ResultColumn = "Kết quả xét khen thưởng";

    /// <param name="decided">The decisions recorded (award_decisions.csv): the tờ trình stays the proposal it was when sent,
    /// and each row gains its decision and act; ties and candidates over the quota the council decided on are listed.</param>
    public static byte[] Build(Campaign campaign, IReadOnlyList<AwardFormResult> forms, IReadOnlyDictionary<string, string> clusters,
        IReadOnlyDictionary<string, string> workplaces, DossierSettings settings,
        IReadOnlyList<DecidedAward>? decided = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(forms);
        decided ??= [];
        var column = decided.Count > 0 ? ResultColumn : null;
        string Result(AwardProposalLine c) => DecisionText.Of(decided, c.FormCode, c.Unit);
        var proposed = forms.SelectMany(f => f.Candidates).Where(c => c.Status == AwardStatus.Proposed).ToList();
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Tờ trình đề nghị khen thưởng — {campaign.Name}", campaign), doc =>
        {
            OfficialLayout.Heading(doc, settings, "TTr");
            OfficialLayout.Title(doc, "Tờ trình", $"Về việc đề nghị khen thưởng {campaign.Name}");
            doc.Paragraph($"Kính gửi: {OfficialLayout.Blank}", DocxText.Centered with { SpaceAfter = 6 });
            doc.Paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", DocxText.Body with { Italic = true });
            doc.Paragraph("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", DocxText.Body with { Italic = true });
            doc.Paragraph($"Căn cứ kết quả {campaign.Name} ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}) và biên bản họp {OfficialText.CouncilOf(settings)} ngày {OfficialLayout.Blank},", DocxText.Body with { Italic = true });
            var collectives = proposed.Where(p => p.Kind == Units.UnitKind.Collective).Select(p => p.Unit).Distinct().Count();
            var individuals = proposed.Where(p => p.Kind == Units.UnitKind.Individual).Select(p => p.Unit).Distinct().Count();
            doc.Paragraph($"{settings.IssuingBody ?? OfficialLayout.Blank} kính đề nghị {OfficialLayout.Blank} xem xét, khen thưởng cho {Count(collectives)} tập thể và {Count(individuals)} cá nhân đã có thành tích xuất sắc trong phong trào, cụ thể như sau:", DocxText.Body);
            var n = 0;
            foreach (var form in forms.Where(f => f.Candidates.Any(c => c.Status == AwardStatus.Proposed || IsApart(c, decided))))
            {
                n++;
                var list = form.Candidates.Where(c => c.Status == AwardStatus.Proposed).ToList();
                doc.Paragraph($"{Count(n)}. {FormTitle(form.Form)}: {Counted(list, form.Form)}", DocxText.Heading with { FirstLineIndent = true });
                Candidates(doc, list, clusters, workplaces, column, Result);
                ListApart(doc, form, decided, clusters, workplaces, column);
            }
            if (n == 0) doc.Paragraph("Không có tập thể, cá nhân nào đủ tiêu chuẩn đề nghị khen thưởng.", DocxText.Body);
            if (decided.Count > 0) Decisions(doc, decided);
            doc.Paragraph("(Có danh sách, báo cáo thành tích và biên bản họp Hội đồng kèm theo.)", DocxText.Body with { Italic = true });
            doc.Paragraph($"Kính trình {OfficialLayout.Blank} xem xét, quyết định./.", DocxText.Body);
            OfficialLayout.Signature(doc, settings);
        });
    }

    /// <summary>A tie at the quota, or a candidate the council decided on though not proposed: listed apart from the proposed.</summary>
    private static bool IsApart(AwardProposalLine c, IReadOnlyList<DecidedAward> decided) => c.Status == AwardStatus.TieAtQuota
        || (c.Status != AwardStatus.Proposed && decided.Any(d => d.FormCode == c.FormCode && d.Unit == c.Unit));

    /// <summary>A form's candidates listed apart (<see cref="IsApart"/>) under "Bằng điểm ở suất cuối …, Hội đồng quyết định:".</summary>
    internal static void ListApart(DocxBuilder doc, AwardFormResult form, IReadOnlyList<DecidedAward> decided,
        IReadOnlyDictionary<string, string> clusters, IReadOnlyDictionary<string, string> workplaces, string? column)
    {
        var apart = form.Candidates.Where(c => IsApart(c, decided)).ToList();
        if (apart.Count == 0) return;
        var over = apart.Any(c => c.Status != AwardStatus.TieAtQuota) ? " hoặc ngoài số lượng" : "";
        doc.Paragraph($"Bằng điểm ở suất cuối{over} (số lượng {Quota(form.Form)}), Hội đồng quyết định:", DocxText.Body with { Italic = true });
        Candidates(doc, apart, clusters, workplaces, column, c => DecisionText.Of(decided, c.FormCode, c.Unit));
    }

    // "Bằng khen của Chủ tịch UBND tỉnh", not "… (Chủ tịch UBND tỉnh)": the level is added only when the name lacks it.
    private static string FormTitle(AwardForm form) =>
        form.Level is { Length: > 0 } l && !form.Name.Contains(l, StringComparison.OrdinalIgnoreCase) ? $"{form.Name} ({l})" : form.Name;

    // Who is proposed, counted by kind as the sentence above them counts: "2 cá nhân", "1 tập thể và 2 cá nhân" — not
    // the form's recipient ("2 tập thể và cá nhân" for two individuals).
    private static string Counted(IReadOnlyList<AwardProposalLine> list, AwardForm form)
    {
        var collectives = list.Count(c => c.Kind == Units.UnitKind.Collective);
        var individuals = list.Count - collectives;
        var parts = new List<string>();
        if (collectives > 0) parts.Add($"{Count(collectives)} tập thể");
        if (individuals > 0) parts.Add($"{Count(individuals)} cá nhân");
        return parts.Count > 0 ? string.Join(" và ", parts) : $"0 {Recipient(form.Recipient).ToLowerInvariant()}";
    }

    /// <summary>A form's quota as the documents write it: "3", "2 mỗi cụm, khối", "không giới hạn".</summary>
    internal static string Quota(AwardForm form) => form.Quota is not { } q ? "không giới hạn"
        : Count(q) + (form.QuotaScope == AwardQuotaScope.Cluster ? " mỗi cụm, khối" : "");

    // What the recorded decisions came to, by act: the record the office files with the tờ trình.
    private static void Decisions(DocxBuilder doc, IReadOnlyList<DecidedAward> decided)
    {
        var approved = decided.Where(d => d.Decision.Decision == AwardDecision.Approved)
            .GroupBy(d => DecisionText.Act(d.Decision)).Select(g => $"{(g.Key.Length > 0 ? "Quyết định số " + g.Key : "quyết định chưa ghi số")}: {Count(g.Count())} trường hợp");
        doc.Paragraph($"Kết quả xét khen thưởng đã có (cột \"{ResultColumn}\"): được khen thưởng theo {string.Join("; ", approved.DefaultIfEmpty("—"))}; " +
            $"không đồng ý: {Count(decided.Count(d => d.Decision.Decision == AwardDecision.Rejected))} trường hợp; " +
            $"hoãn xét: {Count(decided.Count(d => d.Decision.Decision == AwardDecision.Deferred))} trường hợp.", DocxText.Body with { Italic = true });
    }

    /// <summary>How a list names a candidate: a person with their unit ("Hà Thị Phương, Phòng Thông tin - Báo chí - Xuất
    /// bản …"), as a decision names whom it awards — the name alone left a namesake in another unit possible; a collective
    /// by its name.</summary>
    internal static string Named(string unit, string name, IReadOnlyDictionary<string, string> workplaces) =>
        workplaces.TryGetValue(unit, out var workplace) ? $"{name}, {workplace}" : name;

    /// <summary>The danh sách: TT, name, cluster, score, what the candidate achieved, and a last column when given
    /// (the minutes' blank "Số phiếu đồng ý", the tờ trình's recorded decisions).</summary>
    internal static void Candidates(DocxBuilder doc, IReadOnlyList<AwardProposalLine> list, IReadOnlyDictionary<string, string> clusters,
        IReadOnlyDictionary<string, string> workplaces,
        string? lastColumn = null, Func<AwardProposalLine, string>? last = null)
    {
        var i = 0;
        IReadOnlyList<string> header = lastColumn is null
            ? ["TT", "Tên tập thể, cá nhân", "Cụm, khối", "Điểm", "Thành tích"]
            : ["TT", "Tên tập thể, cá nhân", "Cụm, khối", "Điểm", "Thành tích", lastColumn];
        IReadOnlyList<int> widths = lastColumn is null ? [454, 2835, 1531, 907, 3345] : [454, 2268, 1247, 851, 2268, 1984];
        doc.Table(header, list.Select(c =>
        {
            IReadOnlyList<string> row = [Count(++i), Named(c.Unit, c.UnitName, workplaces), clusters.GetValueOrDefault(c.Unit) ?? Missing, Score(c.Score),
                string.Join("; ", c.Reasons.Select(r => r.Vietnamese)), last?.Invoke(c) ?? ""];
            return lastColumn is null ? row.Take(5).ToList() : row;
        }), widths, align: [Center, Left, Left, Right]);
    }
}
