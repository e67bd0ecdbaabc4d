using System.Globalization;
using System.Text;
using ThiDua.Formatting;
using ThiDua.Import.Importing;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>
/// A measurements file's plausibility warnings (line, value, the figure judged against) and its changes, old → new:
/// the first <see cref="ShownChanges"/> on the page, all of them in the CSV download.
/// </summary>
public static class ImportWarningsHtml
{
    public const int ShownChanges = 200;

    /// <param name="changesCsv">Where all the changes can be downloaded (null: no link).</param>
    public static string Render(ImportOutcome o, string? changesCsv)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        if (o.WarningCount > 0)
        {
            sb.Append($"<h2>Cảnh báo số liệu bất thường ({o.WarningCount})</h2>")
              .Append(Advice(o))
              .Append("<div class=\"table-wrap\"><table class=\"warnings\">" + TableCaption.For("Cảnh báo theo dòng") + "<thead><tr><th class=\"num\">Dòng</th><th>Cột</th><th>Giá trị</th><th class=\"num\">So với</th><th>Cảnh báo</th><th lang=\"en\">Warning</th></tr></thead><tbody>");
            foreach (var w in o.Warnings)
                sb.Append($"<tr><td class=\"num\">{w.Line.ToString(CultureInfo.InvariantCulture)}</td><td>{H.Encode(ColumnHeader(w.Column))}</td>")
                  .Append($"<td><code>{H.Encode(ShownValue(w.Value))}</code></td><td class=\"num\">{VietnameseNumber.Format(w.JudgedAgainst, 4)}</td>")
                  .Append($"<td>{H.Encode(w.MessageVi)}</td><td lang=\"en\">{H.Encode(w.MessageEn)}</td></tr>");
            sb.Append("</tbody></table></div>");
        }
        if (o.Changes.Count == 0) return sb.ToString();
        var warned = o.Warnings.Select(w => w.Line).ToHashSet();
        sb.Append($"<h2>Các thay đổi sẽ ghi ({o.Changes.Count})</h2>");
        if (o.Changes.Count > ShownChanges)
            sb.Append($"<p>Hiện {ShownChanges} thay đổi đầu tiên.</p>");
        if (changesCsv is not null)
            sb.Append($"<p><a href=\"{H.Encode(changesCsv)}\" download>Tải tất cả thay đổi (CSV)</a></p>");
        sb.Append("<div class=\"table-wrap\"><table class=\"changes\">" + TableCaption.For("Thay đổi so với số liệu đã có") + "<thead><tr><th class=\"num\">Dòng</th><th>Đơn vị</th><th>Chỉ tiêu</th><th>Kỳ</th><th class=\"num\">Giá trị cũ</th><th class=\"num\">Giá trị mới</th></tr></thead><tbody>");
        foreach (var c in o.Changes.Take(ShownChanges))
            sb.Append($"<tr{(warned.Contains(c.Line) ? " class=\"warned\"" : "")}><td class=\"num\">{c.Line.ToString(CultureInfo.InvariantCulture)}</td>")
              .Append($"<td>{H.Encode(c.Unit)}</td><td>{H.Encode(c.Indicator)}</td><td>{c.Period.Month:D2}/{c.Period.Year:D4}</td>")
              .Append($"<td class=\"num\">{(c.Old is { } old ? VietnameseNumber.Format(old, 4) : "(chưa có)")}</td><td class=\"num\">{VietnameseNumber.Format(c.New, 4)}</td></tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }

    /// <summary>
    /// What to do about the warnings. Once the file is written, "tick the box and import" would send the clerk to
    /// import it a second time: the page says they were accepted and kept with the figures instead.
    /// </summary>
    private static string Advice(ImportOutcome o) => o.Accepted && !o.DryRun
        ? "<p>Các số liệu này khác thường nhưng đã được xác nhận và ghi; mỗi cảnh báo được lưu kèm số liệu của dòng đó (xem <a href=\"/audit\">Nhật ký</a>). Nếu số liệu sai, sửa tệp rồi nhập lại.</p>"
        : "<p>Số liệu hợp lệ nhưng khác thường: hãy kiểm tra từng dòng. Nếu đúng, tích ô xác nhận rồi nhập; nếu sai, sửa tệp và tải lên lại.</p>";

    /// <summary>
    /// The warned value as the page writes numbers (9.750, 12,5): the warning keeps it invariant for the API and the
    /// CSV, and "9750" beside a message and a change list saying "9.750" reads as another figure.
    /// </summary>
    private static string ShownValue(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? VietnameseNumber.Format(number, 6)
            : value;

    /// <summary>All the changes as CSV (invariant numbers, as the CLI's outputs), each with its warnings' rules.</summary>
    public static string Csv(ImportOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var rules = o.Warnings.GroupBy(w => w.Line).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(w => w.Rule)));
        var sb = new StringBuilder("line,campaign,unit,indicator,period,old,new,warnings\n");
        foreach (var c in o.Changes)
            sb.Append(CultureInfo.InvariantCulture, $"{c.Line},{c.Campaign},{c.Unit},{c.Indicator},{c.Period},{c.Old},{c.New},{rules.GetValueOrDefault(c.Line)}\n");
        return sb.ToString();
    }

    // A warning names its column canonically ("value"): the page, in Vietnamese, heads it as the column guide does ("Giá trị").
    private static string ColumnHeader(string column) =>
        Import.Templates.ImportGuide.For(Import.Parsing.ImportKind.Measurements).FirstOrDefault(c => c.Name == column)?.Header ?? column;
}
