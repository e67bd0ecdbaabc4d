using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>The upload form: kind, number culture, file. Plain multipart POST, no script.</summary>
public static class ImportForm
{
    // In the enum's order, as the form has always listed them.
    private static readonly (ImportKind Kind, string Label)[] Kinds = Enum.GetValues<ImportKind>()
        .Select(k => (k, $"{ImportGuide.Title(k)} ({ImportKindNames.ToCliWord(k)}.csv)")).ToArray();

    /// <summary>The kind as the form names it ("Số liệu thực hiện (measurements.csv)"), from its CLI word.</summary>
    public static string Label(string kindWord) =>
        Kinds.Where(k => ImportKindNames.ToCliWord(k.Kind) == kindWord).Select(k => k.Label).FirstOrDefault() ?? kindWord;

    public static string Render(AntiforgeryTokenSet token, ImportKind kind = ImportKind.Measurements, NumberCulture culture = NumberCulture.Vi)
    {
        var sb = new StringBuilder("<p class=\"lead\">Tệp được kiểm tra toàn bộ trước (chạy thử); chỉ khi không có lỗi nào mới có nút nhập chính thức. Một dòng sai thì cả tệp không được ghi.</p>");
        sb.Append("<form class=\"upload\" method=\"post\" action=\"/imports\" enctype=\"multipart/form-data\">").Append(H.AntiforgeryField(token));
        sb.Append("<label>Loại tệp<select name=\"kind\">");
        foreach (var (k, label) in Kinds)
            sb.Append($"<option value=\"{ImportKindNames.ToCliWord(k)}\"{(k == kind ? " selected" : "")}>{H.Encode(label)}</option>");
        // The words a grouping error on this page names (LocalizedNumberParser, CultureChoice.WebForm).
        sb.Append($"</select></label><label>{NumberCultureNames.FormField}<select name=\"culture\">");
        foreach (var c in new[] { NumberCulture.Vi, NumberCulture.En })
            sb.Append($"<option value=\"{NumberCultureNames.ToCliWord(c)}\"{(c == culture ? " selected" : "")}>{H.Encode(NumberCultureNames.ToFormLabel(c))}</option>");
        sb.Append("</select></label>")
          .Append("<label>Tệp CSV (UTF-8, dấu phân cách , ; hoặc tab) hoặc Excel .xlsx")
          .Append("<input type=\"file\" name=\"file\" accept=\".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" required></label>")
          .Append("<label>Trang tính (chỉ với Excel; để trống: trang đầu tiên — sau khi kiểm tra có thể chọn trang khác)<input type=\"text\" name=\"sheet\" maxlength=\"31\"></label>")
          .Append("<button type=\"submit\">Kiểm tra tệp</button></form>");
        return sb.ToString();
    }
}
