using System.Text;
using ThiDua.Campaigns;
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
    /// <param name="campaigns">The campaigns a targets file can be prefilled from (next year's campaign from this year's), with their number of targets.</param>
    public static string Render(ImportKind chosen, IReadOnlyList<(Campaign Campaign, int Targets)> campaigns)
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
              .Append(kind == ImportKind.Targets ? Prefilled(campaigns) : "")
              .Append("<div class=\"table-wrap\"><table>").Append(Html.TableCaption.For($"Các cột của tệp {word}"))
              .Append("<thead><tr><th scope=\"col\">Cột</th><th scope=\"col\">Bắt buộc</th><th scope=\"col\">Ghi gì</th><th scope=\"col\">Ví dụ</th><th scope=\"col\">Tên cột khác cũng được nhận</th></tr></thead><tbody>");
            foreach (var (column, required, acceptedNames) in ImportGuide.Lines(kind))
                sb.Append($"<tr><th scope=\"row\">{H.Encode(column.Header)}</th><td>{(required ? "bắt buộc" : "không")}</td>")
                  .Append($"<td>{H.Encode(column.What)}</td><td>{H.Encode(column.Example)}</td><td>{H.Encode(acceptedNames)}</td></tr>");
            sb.Append("</tbody></table></div></details>");
        }
        return sb.Append("</section>").ToString();
    }

    /// <summary>
    /// The targets file prefilled from a campaign, for setting up next year's: a GET form (no script) to the template's
    /// route with <c>?from=</c>, the campaign that ends last among those with targets chosen (in December the new
    /// campaign, imported first, has none yet).
    /// </summary>
    private static string Prefilled(IReadOnlyList<(Campaign Campaign, int Targets)> campaigns)
    {
        if (campaigns.Count == 0) return "";
        var sb = new StringBuilder($"<form class=\"prefill\" method=\"get\" action=\"/imports/templates/targets.xlsx\">")
            .Append("<label>Giao chỉ tiêu cho phong trào năm sau: tệp mẫu điền sẵn chỉ tiêu giao của phong trào<select name=\"from\">");
        var latest = campaigns.Where(c => c.Targets > 0).MaxBy(c => c.Campaign.End).Campaign?.Code;
        foreach (var (c, targets) in campaigns.OrderByDescending(c => c.Campaign.End).ThenBy(c => c.Campaign.Code, StringComparer.Ordinal))
            sb.Append($"<option value=\"{H.Encode(c.Code)}\"{(c.Code == latest ? " selected" : "")}>{H.Encode(c.Code)} – {H.Encode(Short(c.Name))} ({ThiDua.Formatting.VietnameseNumber.Format(targets, 0)} chỉ tiêu giao)</option>");
        return sb.Append("</select></label>")
            .Append("<p><button type=\"submit\">Tải tệp Excel điền sẵn</button> <button type=\"submit\" formaction=\"/imports/templates/targets.csv\">Tải tệp CSV điền sẵn</button></p>")
            .Append("<p>Mỗi dòng một chỉ tiêu của một đơn vị như phong trào đã chọn, trừ đơn vị đã ngừng hoạt động; cột Phong trào để trống: ")
            .Append("ghi mã phong trào mới (đã nhập campaigns và indicators của phong trào đó), sửa mức chỉ tiêu, rồi tải lên. ")
            .Append($"Tệp Excel có thêm trang «{H.Encode(NextYearTargets.ReferenceSheet)}»: chỉ tiêu, thời hạn và số thực hiện năm trước (không được đọc khi nhập).</p></form>")
            .ToString();
    }

    private static string Short(string name) => name.Length <= 60 ? name : name[..59].TrimEnd() + "…";
}
