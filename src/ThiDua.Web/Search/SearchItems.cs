using System.Text.Json.Serialization;
using ThiDua.Search;

namespace ThiDua.Web.Search;

/// <summary>One kind's results in <c>GET /api/search</c>: every match counted, at most the limit listed, best first.</summary>
public sealed record SearchItems(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("items")] IReadOnlyList<SearchItem> Items)
{
    public static SearchItems? Of(SearchResults results, SearchKind kind)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Groups.FirstOrDefault(g => g.Kind == kind) is { } g ? new(g.Total, g.More, g.Hits.Select(SearchItem.Of).ToList()) : null;
    }
}
