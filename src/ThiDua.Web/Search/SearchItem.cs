using System.Text.Json.Serialization;
using ThiDua.Search;

namespace ThiDua.Web.Search;

/// <summary>
/// One result of <c>GET /api/search</c>: what it is, its code and name, how it matched, and its page. A unit found only by
/// a name it had before has that name (<c>formerName</c>) and when it stopped being its name (<c>formerNameUntil</c>,
/// ISO 8601 in Vietnam time); both are left out of every other item.
/// </summary>
public sealed record SearchItem(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("match")] string Match,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("campaign")] string? Campaign,
    [property: JsonPropertyName("campaigns")] int Campaigns,
    [property: JsonPropertyName("formerName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FormerName = null,
    [property: JsonPropertyName("formerNameUntil"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? FormerNameUntil = null)
{
    public static SearchItem Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new(SearchRequest.Word(hit.Kind), hit.Code, hit.Name, MatchWord(hit.Match), SearchLinks.Href(hit), hit.Campaign, hit.Campaigns,
            hit.FormerName, hit.FormerUntil?.ToOffset(ThiDua.Reports.ReportCutOff.VietnamOffset));
    }

    private static string MatchWord(SearchMatch match) => match switch
    {
        SearchMatch.ExactCode => "exact_code",
        SearchMatch.CodePrefix => "code_prefix",
        SearchMatch.NameStart => "name_start",
        SearchMatch.WordStart => "word_start",
        _ => "inside",
    };
}
