using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;
using static ThiDua.Documents.Docx.DocxAlign;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// The biên bản of the council's meeting, as a template: time, place, who attended and the vote are blanks; the
/// candidates per form and the ties at the quota place the council must settle come from ThiDua's results.
/// </summary>
public static class CouncilMinutesDocx
{
    /// <param name="decided">The council's decisions recorded so far (award_decisions.csv): they fill the ties' column
    /// and are listed as the meeting's result; none yet leaves those as blanks to fill by hand.</param>
    public static byte[] Build(Campaign campaign, IReadOnlyList<AwardFormResult> forms, IReadOnlyDictionary<string, string> clusters,
        IReadOnlyDictionary<string, string> workplaces, DossierSettings settings,
        IReadOnlyList<DecidedAward>? decided = null)
    {
        decided ??= [];
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(forms);
        var council = OfficialText.CouncilOf(settings);
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Biên bản họp {council} xét đề nghị khen thưởng — {campaign.Name}", campaign), doc =>
        {
            OfficialLayout.Heading(doc, settings, "BB");
            OfficialLayout.Title(doc, "Biên bản", $"Họp {council} xét đề nghị khen thưởng {campaign.Name}");
            doc.Paragraph($"Thời gian: … giờ … ngày {OfficialLayout.Blank}", DocxText.Body);
            doc.Paragraph($"Địa điểm: {OfficialLayout.Blank}", DocxText.Body);
            doc.Paragraph($"Chủ trì: {OfficialLayout.Blank}, Chủ tịch {council}.", DocxText.Body);
            doc.Paragraph($"Thư ký: {OfficialLayout.Blank}", DocxText.Body);
            // The ballots recorded name the council's size (counted on all its members): one size, written in; else a blank.
            var sizes = decided.Select(d => d.Decision.CouncilMembers).OfType<int>().Distinct().ToList();
            doc.Paragraph($"Thành phần: có mặt …/{(sizes.Count == 1 ? sizes[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : "…")} thành viên {council}; vắng mặt: {OfficialLayout.Blank}", DocxText.Body);
            doc.Paragraph("NỘI DUNG", DocxText.Title with { SpaceAfter = 6 });
            // The minutes record what the council was shown, in the office's words: not the name of the software that added it up.
            doc.Paragraph($"1. Thư ký báo cáo kết quả {campaign.Name} ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}) và danh sách đề nghị khen thưởng tổng hợp theo tiêu chuẩn, số lượng của từng hình thức:", DocxText.Body);
            var n = 0;
            foreach (var form in forms)
            {
                var candidates = form.Candidates.Where(c => c.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota).ToList();
                if (candidates.Count == 0) continue;
                n++;
                doc.Paragraph($"1.{Count(n)}. {form.Form.Name} (số lượng: {ProposalDocx.Quota(form.Form)})", DocxText.Heading with { FirstLineIndent = true });
                ProposalDocx.Candidates(doc, candidates, clusters, workplaces, "Số phiếu đồng ý", c => DecisionText.Votes(decided, c.FormCode, c.Unit));
            }
            if (n == 0) doc.Paragraph("Không có tập thể, cá nhân nào đủ tiêu chuẩn.", DocxText.Body);
            var ties = forms.SelectMany(f => f.TiesAtQuota).ToList();
            doc.Paragraph("2. Các trường hợp bằng điểm ở suất cuối, Hội đồng biểu quyết:", DocxText.Body);
            if (ties.Count == 0) doc.Paragraph("Không có.", DocxText.Body with { Italic = true });
            else
            {
                var i = 0;
                doc.Table(["TT", "Hình thức", "Tên tập thể, cá nhân", "Điểm", "Quyết định của Hội đồng"],
                    ties.Select(t => (IReadOnlyList<string>)[Count(++i), t.FormName, ProposalDocx.Named(t.Unit, t.UnitName, workplaces), Score(t.Score), DecisionText.Of(decided, t.FormCode, t.Unit)]), [454, 2835, 2835, 907, 2041], align: [Center, Left, Left, Right, Left]);
            }
            doc.Paragraph("3. Kết quả biểu quyết và kết luận của chủ trì:", DocxText.Body);
            // "Kết quả biểu quyết" is the vote: where ballots are recorded the table gives each one, and only what is
            // not recorded is left to write by hand.
            var votes = decided.Any(d => d.Decision.Vote is not null);
            if (decided.Count > 0 && votes)
            {
                var k = 0;
                doc.Table(["TT", "Hình thức", "Tên tập thể, cá nhân", "Số phiếu đồng ý", "Quyết định", "Số, ngày quyết định"],
                    decided.Select(d => (IReadOnlyList<string>)[Count(++k), d.FormName, ProposalDocx.Named(d.Unit, d.UnitName, workplaces), d.Decision.Vote?.Vietnamese() ?? "",
                        Awards.Deciding.AwardDecisions.Vietnamese(d.Decision.Decision), DecisionText.Act(d.Decision)]),
                    [454, 2268, 2268, 1304, 1134, 1644], align: [Center]);
            }
            else if (decided.Count > 0)
            {
                var k = 0;
                doc.Table(["TT", "Hình thức", "Tên tập thể, cá nhân", "Quyết định", "Số, ngày quyết định"],
                    decided.Select(d => (IReadOnlyList<string>)[Count(++k), d.FormName, ProposalDocx.Named(d.Unit, d.UnitName, workplaces), Awards.Deciding.AwardDecisions.Vietnamese(d.Decision.Decision),
                        DecisionText.Act(d.Decision)]),
                    [454, 2835, 2835, 1361, 1587], align: [Center]);
            }
            OfficialLayout.ToFill(doc, decided.Count > 0 && decided.All(d => d.Decision.Vote is not null)
                ? "Ý kiến khác; kết luận."
                : votes ? "Số thành viên đồng ý với các trường hợp chưa ghi số phiếu (tỷ lệ %); ý kiến khác; kết luận."
                : "Số thành viên đồng ý với từng trường hợp (tỷ lệ %); ý kiến khác; kết luận.", 4);
            doc.Paragraph($"Cuộc họp kết thúc lúc … giờ … cùng ngày. Biên bản đã được thông qua trước {council}./.", DocxText.Body);
            // Minutes are signed side by side: the secretary on the left, the chair on the right.
            OfficialLayout.Signature(doc, settings with { Recipients = null }, "Chủ tịch Hội đồng", withRecipients: false,
                secondSigner: ("Thư ký", "(Ký, ghi rõ họ tên)"));
        });
    }
}
