using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>
/// Under the upload form: the columns of every kind of file — what goes in each, an example, the other names the
/// import accepts — and its empty template, so an analyst's first file needs neither the docs nor a sample to copy.
/// The kind chosen in the form is open; the others are folded.
/// </summary>
public static class ImportGuideHtml
{
    public static string Render(ImportKind chosen)
    {
        var sb = new StringBuilder("<section aria-labelledby=\"cot-cua-tep\"><h2 id=\"cot-cua-tep\">Cột của từng loại tệp và tệp mẫu</h2>")
            .Append("<p>Tải tệp mẫu, ghi dữ liệu vào trang tính đầu tiên (giữ dòng tiêu đề), rồi tải lên ở trên. ")
            .Append("Tên cột không phân biệt hoa thường và dấu; thứ tự cột tùy ý.</p>");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var word = ImportKindNames.ToCliWord(kind);
            sb.Append(kind == chosen ? "<details open>" : "<details>")
              .Append($"<summary>{H.Encode(ImportGuide.Title(kind))} ({word}.csv)</summary>")
              .Append($"<p><a href=\"{ImportTemplateEndpoints.Link(kind, "xlsx")}\" download>Tải tệp mẫu Excel (mau-{word}.xlsx)</a>")
              .Append($" · <a href=\"{ImportTemplateEndpoints.Link(kind, "csv")}\" download>tệp mẫu CSV (mau-{word}.csv)</a></p>")
              .Append("<div class=\"table-wrap\"><table>").Append(Html.TableCaption.For($"Các cột của tệp {word}"))
              .Append("<thead><tr><th scope=\"col\">Cột</th><th scope=\"col\">Bắt buộc</th><th scope=\"col\">Ghi gì</th><th scope=\"col\">Ví dụ</th><th scope=\"col\">Tên cột khác cũng được nhận</th></tr></thead><tbody>");
            foreach (var (column, required, acceptedNames) in ImportGuide.Lines(kind))
                sb.Append($"<tr><th scope=\"row\">{H.Encode(column.Header)}</th><td>{(required ? "bắt buộc" : "không")}</td>")
                  .Append($"<td>{H.Encode(column.What)}</td><td>{H.Encode(column.Example)}</td><td>{H.Encode(acceptedNames)}</td></tr>");
            sb.Append("</tbody></table></div></details>");
        }
        return sb.Append("</section>").ToString();
    }
}
