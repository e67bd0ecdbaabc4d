using System.Text.Json.Serialization;
using ThiDua.Search;

namespace ThiDua.Web.Search;

/// <summary>
/// <c>GET /api/search</c>: the query as typed and as compared (folded), each kind searched (null when <c>kind</c> left it
/// out), and the names one letter away when nothing matched.
/// </summary>
public sealed record SearchAnswer(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("folded")] string Folded,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("units")] SearchItems? Units,
    [property: JsonPropertyName("indicators")] SearchItems? Indicators,
    [property: JsonPropertyName("campaigns")] SearchItems? Campaigns,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<SearchItem> Suggestions)
{
    public static SearchAnswer Of(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(results.Query, results.Folded, results.Total, SearchItems.Of(results, SearchKind.Unit), SearchItems.Of(results, SearchKind.Indicator),
            SearchItems.Of(results, SearchKind.Campaign), results.Suggestions.Select(SearchItem.Of).ToList());
    }
}
