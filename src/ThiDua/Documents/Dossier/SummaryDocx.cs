using ThiDua.Awards;
using ThiDua.Documents.Docx;
using ThiDua.Documents.Settings;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;
using static ThiDua.Documents.Docx.DocxAlign;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// The year-end summary review (báo cáo tổng kết) as Word: the results, the final ranking of each cluster with its
/// chart, the award proposals per form, and the parts the office writes (assessment, lessons, direction) as blanks.
/// The charts are the summary's, drawn as PNG by ScottPlot.
/// </summary>
public static class SummaryDocx
{
    public static byte[] Build(SummaryReport report, IReadOnlyList<DossierChart> charts, DossierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        var c = report.Campaign;
        return DocxBuilder.Build(DocumentProperties.ForCampaign($"Báo cáo tổng kết — {c.Name}", c), doc =>
        {
            OfficialLayout.Heading(doc, settings, "BC");
            OfficialLayout.Title(doc, "Báo cáo tổng kết", c.Name);
            doc.Paragraph($"Thời gian thực hiện: {VietnameseDates.Span(c.FirstMonth, c.LastMonth)}. Số liệu tính đến {VietnameseDates.CutOff(report.CutOff)}.", DocxText.Body with { Italic = true });

            doc.Paragraph("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO", DocxText.Heading);
            var units = report.Rankings.Sum(r => r.Rows.Count);
            var met = report.Indicators.Count(l => l.IsMetOrExceeded);
            doc.Paragraph($"Có {Count(units)} tập thể, cá nhân được giao {Count(report.Indicators.Count)} lượt chỉ tiêu; " +
                $"{Count(met)} lượt đạt và vượt ({(report.Indicators.Count == 0 ? Missing : VietnameseNumber.FormatPercent((decimal)met / report.Indicators.Count))}).", DocxText.Body);
            OfficialLayout.ToFill(doc, "Đánh giá chung về công tác tổ chức, chỉ đạo; những kết quả nổi bật.", 3);

            doc.Paragraph("II. XẾP HẠNG THI ĐUA", DocxText.Heading);
            foreach (var group in report.Rankings)
            {
                doc.Paragraph(Reports.Html.ReportText.Cluster(group.Cluster, group.ClusterName) + " — " + Kind(group.Kind).ToLowerInvariant(), DocxText.Heading with { Bold = false, Italic = true });
                doc.Table(["Hạng", "Tên tập thể, cá nhân", "Điểm", "Chỉ tiêu đạt"],
                    group.Rows.Select(r => (IReadOnlyList<string>)[Count(r.Rank), r.UnitName, Score(r.Score), $"{Count(r.Met)}/{Count(r.Assigned)}"]), [907, 5103, 1531, 1531], align: [Center, Left, Right, Right]);
            }
            foreach (var chart in charts)
            {
                doc.Image(chart.Png, chart.Caption);
                doc.Paragraph(chart.Caption, DocxText.Centered with { Italic = true, Size = 12, SpaceAfter = 6 });
            }

            doc.Paragraph("III. ĐỀ NGHỊ KHEN THƯỞNG", DocxText.Heading);
            var decided = report.Decided;
            foreach (var form in report.Forms)
            {
                var proposed = form.Candidates.Where(x => x.Status == AwardStatus.Proposed).ToList();
                var pending = form.TiesAtQuota.Count(t => DecisionText.Of(decided, t.FormCode, t.Unit).Length == 0);
                doc.Paragraph($"{form.Form.Name}: đề nghị {Count(proposed.Count)}{(pending > 0 ? $", {Count(pending)} bằng điểm ở suất cuối chờ Hội đồng quyết định" : "")}.", DocxText.Body);
                var column = decided.Count > 0 ? ProposalDocx.ResultColumn : null;
                if (proposed.Count > 0)
                    ProposalDocx.Candidates(doc, proposed, report.CandidateClusters, report.CandidateWorkplaces, column, x => DecisionText.Of(decided, x.FormCode, x.Unit));
                // As the tờ trình does: a tie the council settled (or one over the quota it approved) was awarded or put
                // off, and the year-end review that left it out counted fewer awarded than the decision did.
                ProposalDocx.ListApart(doc, form, decided, report.CandidateClusters, report.CandidateWorkplaces, column);
            }

            doc.Paragraph("IV. TỒN TẠI, HẠN CHẾ VÀ BÀI HỌC KINH NGHIỆM", DocxText.Heading);
            OfficialLayout.ToFill(doc, "Những tồn tại, hạn chế, nguyên nhân; bài học kinh nghiệm.", 3);
            doc.Paragraph("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", DocxText.Heading);
            OfficialLayout.ToFill(doc, "Phương hướng, nhiệm vụ và kiến nghị, đề xuất.", 3);
            OfficialLayout.Signature(doc, settings);
        });
    }
}
