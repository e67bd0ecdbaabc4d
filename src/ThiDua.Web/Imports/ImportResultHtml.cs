using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>An import's outcome as HTML: what would change (or changed), or every error with its line, column and value.</summary>
public static class ImportResultHtml
{
    /// <param name="markedCopy">For a refused file whose errors point at cells, or a file held back for its warnings: the
    /// link to the file given back marked.</param>
    public static string Render(ImportOutcome o, string? markedCopy = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        if (!o.Accepted && o.Errors.Count == 0)
            sb.Append($"<p class=\"notice error\" role=\"alert\">Tệp <strong>{H.Encode(o.File)}</strong> bị từ chối: {o.WarningCount} cảnh báo chưa được xác nhận. Không có dữ liệu nào được ghi.</p>")
              .Append(WarnedCopy(markedCopy));
        else if (!o.Accepted)
            sb.Append($"<p class=\"notice error\" role=\"alert\">Tệp <strong>{H.Encode(o.File)}</strong> bị từ chối: {o.Errors.Count} lỗi. Không có dữ liệu nào được ghi. Hãy sửa tệp rồi tải lên lại.</p>")
              .Append(markedCopy is null ? "" : $"<p><a class=\"marked-copy\" href=\"{markedCopy}\" download>Tải về tệp của bạn có tô đỏ các ô sai (Excel)</a>: "
                  + "các dòng giữ nguyên số dòng, trang tính 'Lỗi' liệt kê từng lỗi và dẫn tới ô của nó; sửa các ô tô đỏ rồi tải chính tệp đó lên lại."
                  + (o.WarningCount > 0 ? " Số liệu bất thường được tô vàng (trang tính 'Cảnh báo')." : "") + "</p>")
              .Append($"<p><a href=\"/imports?kind={H.Encode(o.Kind)}#cot-cua-tep\">Các cột của tệp {H.Encode(o.Kind)} và tệp mẫu</a></p>");
        else if (o.DryRun)
            sb.Append($"<p class=\"notice {(o.WarningCount > 0 ? "warning" : "ok")}\" role=\"status\">Tệp <strong>{H.Encode(o.File)}</strong> hợp lệ{(o.WarningCount > 0 ? $" nhưng có {o.WarningCount} cảnh báo" : "")} (kiểm tra thử, chưa ghi gì).</p>")
              .Append(o.WarningCount > 0 ? WarnedCopy(markedCopy) : "");
        else
            sb.Append($"<p class=\"notice ok\" role=\"status\">Đã nhập tệp <strong>{H.Encode(o.File)}</strong>: {o.Events} thay đổi được ghi{(o.WarningCount > 0 ? $", dù có {o.WarningCount} cảnh báo (ghi rõ trong nhật ký thay đổi)" : "")}.</p>");
        sb.Append("<table class=\"summary\">" + TableCaption.For("Tóm tắt tệp") + "<tbody>")
          .Append($"<tr><th>Loại tệp</th><td>{H.Encode(ImportForm.Label(o.Kind))}</td></tr><tr><th>Số dòng dữ liệu</th><td class=\"num\">{o.Rows}</td></tr>");
        // A rejected file changes nothing: counts of what it would have done would only be zeros.
        if (o.Accepted)
            sb.Append($"<tr><th>Thêm mới</th><td class=\"num\">{o.Created}</td></tr><tr><th>Thay đổi</th><td class=\"num\">{o.Changed}</td></tr>")
              .Append($"<tr><th>Không đổi</th><td class=\"num\">{o.Unchanged}</td></tr>");
        sb.Append("</tbody></table>");
        if (o.Errors.Count > 0)
        {
            sb.Append("<h2>Lỗi theo dòng</h2><div class=\"table-wrap\"><table class=\"errors\">" + TableCaption.For("Lỗi theo dòng") + "<thead><tr><th class=\"num\">Dòng</th><th>Cột</th><th>Giá trị</th><th>Lỗi</th><th lang=\"en\">Error</th></tr></thead><tbody>");
            foreach (var e in o.Errors)
                sb.Append($"<tr><td class=\"num\">{(e.Line > 0 ? e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "cả tệp")}</td>")
                  .Append($"<td>{H.Encode(e.Column ?? "")}</td><td><code>{H.Encode(e.Value ?? "")}</code></td>")
                  .Append($"<td>{H.Encode(e.MessageVi)}</td><td lang=\"en\">{H.Encode(e.MessageEn)}</td></tr>");
            sb.Append("</tbody></table></div>");
        }
        return sb.ToString();
    }

    private static string WarnedCopy(string? markedCopy) => markedCopy is null ? ""
        : $"<p><a class=\"marked-copy\" href=\"{markedCopy}\" download>Tải về tệp của bạn có tô vàng các số liệu bất thường (Excel)</a>: "
          + "các dòng giữ nguyên số dòng, trang tính 'Cảnh báo' liệt kê từng cảnh báo và dẫn tới ô của nó; nếu số liệu sai, sửa các ô tô vàng rồi tải chính tệp đó lên lại.</p>";
}
