using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>
/// For a workbook: which sheet was read and, when it has several, a form to check another sheet of the same upload.
/// Nothing for a CSV file.
/// </summary>
public static class ImportSheetPicker
{
    public static string Render(PendingUpload upload, IReadOnlyList<string> sheets, AntiforgeryTokenSet token)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) return "";
        var read = sheets.FirstOrDefault(s => string.Equals(s, upload.Sheet, StringComparison.OrdinalIgnoreCase))
            ?? (upload.Sheet is null ? sheets[0] : null);
        var sb = new StringBuilder("<div class=\"sheet-picker\">");
        sb.Append(read is null
            ? $"<p>Tệp Excel không có trang tính «{H.Encode(upload.Sheet)}».</p>"
            : $"<p>Đã đọc trang tính <strong>«{H.Encode(read)}»</strong> của tệp Excel ({sheets.Count} trang tính).</p>");
        if (sheets.Count > 1)
        {
            sb.Append($"<form class=\"upload\" method=\"post\" action=\"/imports/{H.Segment(upload.Id)}/sheet\">").Append(H.AntiforgeryField(token))
              .Append("<label>Kiểm tra trang tính khác<select name=\"sheet\">");
            foreach (var name in sheets)
                sb.Append($"<option value=\"{H.Encode(name)}\"{(name == read ? " selected" : "")}>{H.Encode(name)}</option>");
            sb.Append("</select></label><button type=\"submit\">Kiểm tra trang này</button></form>");
        }
        return sb.Append("</div>").ToString();
    }
}
