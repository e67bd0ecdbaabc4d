using ThiDua.Search;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Search;

/// <summary>Where a result leads: a unit's record, a campaign's page, an indicator's page in its latest campaign.</summary>
public static class SearchLinks
{
    /// <summary>The path, its segments escaped (not HTML-encoded: <see cref="H.Encode"/> it for a page).</summary>
    public static string Href(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Kind switch
        {
            SearchKind.Unit => $"/units/{Uri.EscapeDataString(hit.Code)}",
            SearchKind.Campaign => $"/campaigns/{Uri.EscapeDataString(hit.Code)}",
            _ => $"/campaigns/{Uri.EscapeDataString(hit.Campaign ?? "")}/indicators/{Uri.EscapeDataString(hit.Code)}",
        };
    }

    /// <summary>The results page for a query, optionally one kind only (all its matches, up to the maximum), optionally as of a time.</summary>
    public static string Page(string query, SearchKind? kind = null, DateTimeOffset? asOf = null) =>
        $"/search?q={Uri.EscapeDataString(query)}{(kind is { } k ? "&kind=" + SearchRequest.Word(k) : "")}"
        + (asOf is { } at ? "&asOf=" + Uri.EscapeDataString(ThiDua.Formatting.VietnameseDates.Iso(at)) : "");

    /// <summary>The kind's heading on the page, Vietnamese.</summary>
    public static string Heading(SearchKind kind) => kind switch
    {
        SearchKind.Unit => "Đơn vị",
        SearchKind.Indicator => "Chỉ tiêu",
        _ => "Phong trào",
    };
}
