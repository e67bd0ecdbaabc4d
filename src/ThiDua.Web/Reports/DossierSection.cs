using System.Text;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Reports;

/// <summary>The "Hồ sơ khen thưởng" section of <c>/reports</c>: each campaign's Word files, named as an office names them.</summary>
public static class DossierSection
{
    public static string Render(IReadOnlyList<DossierSummary> dossiers)
    {
        var sb = new StringBuilder("<h2 id=\"ho-so-khen-thuong\">Hồ sơ khen thưởng</h2>")
            .Append("<p class=\"meta\">Tờ trình kèm danh sách đề nghị, biên bản họp Hội đồng (mẫu), báo cáo tổng kết và báo cáo thành tích của từng tập thể, cá nhân được đề nghị, dạng Word (.docx), lập khi phong trào kết thúc (hoặc bằng lệnh <code>thidua report dossier</code>).</p>");
        if (dossiers.Count == 0) return sb.Append("<p class=\"notice\">Chưa có hồ sơ nào.</p>").ToString();
        sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Hồ sơ khen thưởng") + "<thead><tr><th>Phong trào</th><th>Văn bản</th></tr></thead><tbody>");
        foreach (var d in dossiers)
            sb.Append($"<tr><td>{H.Encode(d.Campaign)}</td><td>")
              .Append(string.Join(" · ", d.Files.Select(f => $"<a href=\"/reports/dossiers/{H.Segment(d.Campaign)}/{H.Segment(f)}\">{H.Encode(Label(f))}</a>")))
              .Append("</td></tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string Label(string file) => file switch
    {
        Documents.Dossier.DossierFileNames.Proposal => "Tờ trình",
        Documents.Dossier.DossierFileNames.Minutes => "Biên bản họp Hội đồng",
        Documents.Dossier.DossierFileNames.Summary => "Báo cáo tổng kết",
        _ => "Báo cáo thành tích " + Path.GetFileNameWithoutExtension(file)["bao-cao-thanh-tich-".Length..],
    };
}
