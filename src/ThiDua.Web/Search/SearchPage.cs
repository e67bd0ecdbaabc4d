using System.Text;
using ThiDua.Formatting;
using ThiDua.Search;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Search;

/// <summary>
/// <c>/search?q=</c>, "Tìm kiếm": the form again (filled in), then units, indicators and campaigns found, each kind
/// best match first with how many there are in all and a link to see them all; when none, a sentence saying so and the
/// names one letter away ("Có phải …?"). A unit found only by a name it had before says so under its name now ("tên trước
/// đây: Huyện X (đến tháng 07/2025)"); with "Tên gọi tính đến" (asOf) units are named and found as they were then. The
/// header's search field shows the query too, so either field changes it.
/// </summary>
public static class SearchPage
{
    private const string FieldId = "tim-kiem-trang";

    public static string Render(SearchRequest request, SearchResults? results)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sb = new StringBuilder(Form(request));
        if (results is null)
            sb.Append("<p>Gõ mã hoặc tên (hoặc một phần) của đơn vị, chỉ tiêu hay phong trào; gõ có dấu hay không dấu, chữ hoa hay chữ thường đều được ")
              .Append("(“chi lang” tìm thấy “Chi Lăng”). / Type a code or name, or part of one, with or without Vietnamese diacritics.</p>");
        else if (results.Total == 0) sb.Append(Nothing(results));
        else
        {
            var asOf = request.AsOf is { } at ? $" (tên đơn vị tính đến {VietnameseDates.CutOff(at)}, giờ Việt Nam)" : "";
            sb.Append($"<p class=\"meta\" role=\"status\">Tìm thấy {VietnameseNumber.Format(results.Total)} kết quả cho “{H.Encode(results.Query.Trim())}”{asOf}.</p>");
            foreach (var group in results.Groups) sb.Append(Group(results, group, request.AsOf));
        }
        return PageLayout.Render("Tìm kiếm", sb.ToString(), data: results is null ? null : [new DataLink(Api(request), "kết quả tìm kiếm")], search: request.Query);
    }

    private static string Form(SearchRequest request) =>
        $"<form class=\"filters\" method=\"get\" action=\"{SearchBox.Path}\" aria-label=\"Tìm kiếm trong trang\">"
        + $"<label for=\"{FieldId}\">Mã hoặc tên đơn vị, chỉ tiêu, phong trào"
        + $"<input id=\"{FieldId}\" type=\"search\" name=\"q\" maxlength=\"{RegistrySearch.MaxQueryLength}\" value=\"{H.Encode(request.Query)}\" autocomplete=\"off\"></label>"
        + DateField.Instant("asOf", "Tên đơn vị tính đến (giờ Việt Nam; bỏ trống: hiện nay)", request.AsOf)
        + (request.Kind is { } k ? $"<input type=\"hidden\" name=\"kind\" value=\"{SearchRequest.Word(k)}\">" : "")
        + "<button type=\"submit\">Tìm</button></form>";

    private static string Group(SearchResults results, SearchGroup group, DateTimeOffset? asOf)
    {
        var heading = SearchLinks.Heading(group.Kind);
        var sb = new StringBuilder($"<h2>{heading} <span class=\"meta\">({VietnameseNumber.Format(group.Total)})</span></h2>");
        if (group.Hits.Count == 0) return sb.Append($"<p class=\"meta\">Không có {heading.ToLowerInvariant()} nào khớp.</p>").ToString();
        sb.Append("<ul class=\"search-results\">");
        foreach (var hit in group.Hits) sb.Append(Item(hit));
        sb.Append("</ul>");
        if (group.More)
            sb.Append($"<p><a href=\"{H.Encode(SearchLinks.Page(results.Query, group.Kind, asOf))}\">Xem tất cả {VietnameseNumber.Format(group.Total)} {heading.ToLowerInvariant()}</a>")
              .Append($" (đang hiện {VietnameseNumber.Format(group.Hits.Count)} kết quả khớp nhất)</p>");
        return sb.ToString();
    }

    private static string Item(SearchHit hit)
    {
        var where = hit.Kind == SearchKind.Indicator
            ? $" · phong trào {H.Encode(hit.Campaign)}{(hit.Campaigns > 1 ? $" (mới nhất trong {VietnameseNumber.Format(hit.Campaigns)} phong trào có chỉ tiêu này)" : "")}"
            : "";
        if (hit.FormerName is { } former)
            where += $" · tên trước đây: {H.Encode(former)}{(hit.FormerUntil is { } until ? $" (đến {VietnameseDates.Month(Month(until))})" : "")}";
        return $"<li><a href=\"{H.Encode(SearchLinks.Href(hit))}\">{H.Encode(hit.Name)}</a> <span class=\"meta\">mã {H.Encode(hit.Code)}{where}</span></li>";
    }

    private static string Nothing(SearchResults results)
    {
        var typed = H.Encode(results.Query.Trim());
        var sb = new StringBuilder($"<p class=\"notice\" role=\"status\">Không tìm thấy đơn vị, chỉ tiêu hay phong trào nào có mã hoặc tên chứa “{typed}”. ")
            .Append($"/ Nothing matches “{typed}”: no unit, indicator or campaign has it in its code or name.</p>");
        if (results.Suggestions.Count > 0)
        {
            var links = string.Join(", ", results.Suggestions.Select(s =>
                $"<a href=\"{H.Encode(SearchLinks.Href(s))}\">{H.Encode(s.Name)}</a> <span class=\"meta\">({SearchLinks.Heading(s.Kind).ToLowerInvariant()} {H.Encode(s.Code)})</span>"));
            sb.Append($"<p>Có phải {links}? / Did you mean one of these?</p>");
        }
        return sb.Append("<p>Thử gõ ít chữ hơn (một từ của tên, hoặc phần đầu của mã). / Try fewer letters: one word of the name, or the start of the code.</p>").ToString();
    }

    private static string Api(SearchRequest request) =>
        "/api" + SearchLinks.Page(request.Query, request.Kind, request.AsOf).Replace("&", "&amp;", StringComparison.Ordinal);

    // The month in Vietnam, where the rename was made.
    private static ThiDua.Periods.YearMonth Month(DateTimeOffset at) =>
        ThiDua.Periods.YearMonth.Of(DateOnly.FromDateTime(at.ToOffset(ThiDua.Reports.ReportCutOff.VietnamOffset).DateTime));
}
