using ThiDua.Reports.Html;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Reports.Summary;

/// <summary>The annex: one achievement summary per proposed or tied candidate, as the award dossier asks for.</summary>
internal static class AchievementAnnex
{
    public static void Write(HtmlWriter w, IReadOnlyList<Achievement> annex)
    {
        w.Open("section", "annex").Raw("\n");
        w.Element("h2", "Phụ lục: Tóm tắt thành tích của tập thể, cá nhân được đề nghị khen thưởng");
        if (annex.Count == 0) w.Element("p", "Không có tập thể, cá nhân nào được đề nghị.");
        var n = 0;
        foreach (var a in annex)
        {
            n++;
            w.Open("div", "candidate").Raw("\n");
            w.Element("h3", $"{Count(n)}. {a.Unit.Name} ({a.Unit.Code}) — {Kind(a.Unit.Kind)}");
            w.TableStart("Nội dung", "Thông tin");
            w.Row("Đơn vị trực thuộc", a.ParentName ?? Missing);
            w.Row("Cụm, khối thi đua", Cluster(a.Unit.Cluster, a.ClusterName));
            w.Row("Điểm thi đua", a.Score is null ? "Không được giao chỉ tiêu" : Score(a.Score));
            w.Row("Xếp hạng trong cụm, khối", a.Rank is { } rank ? Count(rank) : Missing);
            w.Row("Chỉ tiêu đạt / được giao", $"{Count(a.Met)} / {Count(a.Assigned)}");
            w.Row("Xếp loại", Rating(a.Rating?.Rating));
            w.Row("Kỷ luật", a.Rating is null ? Missing : Discipline(a.Rating.Discipline));
            w.Row("Sáng kiến được công nhận", a.Rating is null ? Missing : a.Rating.Initiative ? "Có" : "Không");
            w.Row("Đề nghị khen thưởng", string.Join("; ", a.Proposals.Select(p => $"{p.FormName} — {Award(p.Status)}")));
            w.TableEnd();
            if (a.Indicators.Count > 0)
            {
                w.TableStart("Chỉ tiêu", "ĐVT", "#Thực hiện", "#Chỉ tiêu giao", "#Tỷ lệ hoàn thành", "Kết quả");
                foreach (var l in a.Indicators)
                    w.Row(l.IndicatorName, l.Uom, HtmlWriter.N + Number(l.Actual), HtmlWriter.N + l.TargetText, HtmlWriter.N + Percent(l.Ratio), Status(l.Status));
                w.TableEnd();
            }
            w.Close("div");
        }
        w.Close("section");
    }
}
