using System.Globalization;
using Microsoft.AspNetCore.Http;
using ThiDua.Web.Errors;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// One page of a long table on a campaign page: <see cref="Size"/> rows, chosen by a query parameter (1 = first).
/// A campaign of a few hundred units fits on the first page whole; a national one (7,000 units) is read page by
/// page, each link carrying the page's other filters, and downloaded whole with "Tải Excel".
/// </summary>
public sealed record TablePage(string Parameter, int Number, int Count, int Total)
{
    /// <summary>Rows per page: every unit of a province's campaign (100–500 units) on one page.</summary>
    public const int Size = 500;

    public int Skip => (Number - 1) * Size;

    /// <summary>The page asked by <paramref name="parameter"/> (absent: the first), checked against <paramref name="total"/> rows.</summary>
    public static TablePage From(HttpRequest request, string parameter, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = Math.Max(1, (total + Size - 1) / Size);
        var text = request.Query[parameter].ToString();
        if (string.IsNullOrWhiteSpace(text)) return new(parameter, 1, count, total);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            throw RequestRejectedException.BadRequest(
                $"Trang '{text}' không hợp lệ: viết một số nguyên từ 1 / {parameter} '{text}' is not valid: write a whole number from 1.");
        if (number > count)
            throw RequestRejectedException.NotFound(
                $"Bảng chỉ có {count} trang, không có trang {number} / the table has {count} page(s), not page {number} ({parameter}).");
        return new(parameter, number, count, total);
    }

    public IEnumerable<T> Of<T>(IEnumerable<T> rows) => rows.Skip(Skip).Take(Size);

    /// <summary>
    /// "Trang 2/14 (đơn vị 501–1.000 trong 6.944)", as /audit counts its pages, with links to the previous and next pages; the links keep
    /// <paramref name="query"/> (the page's filters and other tables' pages) and land on <paramref name="anchor"/>.
    /// Nothing when the table fits on one page.
    /// </summary>
    public string Nav(string path, IEnumerable<(string Name, string? Value)> query, string anchor, string what)
    {
        if (Count == 1) return "";
        var kept = query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Name != Parameter).ToList();
        string Link(int n, string text, string rel) =>
            $"<a rel=\"{rel}\" href=\"{H.Encode(path)}?{string.Join("&amp;", kept.Append((Name: Parameter, Value: (string?)n.ToString(CultureInfo.InvariantCulture))).Select(q => $"{H.Encode(q.Name)}={H.Query(q.Value)}"))}#{anchor}\">{text}</a>";
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var last = Math.Min(Total, Skip + Size);
        var sb = new System.Text.StringBuilder($"<nav class=\"pager no-print\" aria-label=\"Trang của bảng\"><span>Trang {Number}/{Count} ({H.Encode(what)} {(Skip + 1).ToString("N0", vi)}–{last.ToString("N0", vi)} trong {Total.ToString("N0", vi)})</span>");
        if (Number > 1) sb.Append(' ').Append(Link(Number - 1, "← Trang trước", "prev"));
        if (Number < Count) sb.Append(' ').Append(Link(Number + 1, $"Xem tiếp: trang {Number + 1} →", "next"));
        return sb.Append("</nav>").ToString();
    }
}
