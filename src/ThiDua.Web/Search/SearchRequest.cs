using ThiDua.Search;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Search;

/// <summary>
/// <c>?q=&amp;kind=&amp;limit=</c> of <c>/search</c> and <c>/api/search</c>, checked: a query over
/// <see cref="RegistrySearch.MaxQueryLength"/> characters, an unknown kind or a limit outside 1–200 is a 400 saying what to write.
/// <c>asOf</c> (units by the names they had then) is read as the other pages and the API read it (<see cref="Api.AnalyticsQuery.AsOfOf"/>).
/// </summary>
public sealed record SearchRequest(string Query, SearchKind? Kind, int Limit, DateTimeOffset? AsOf = null)
{
    /// <summary>Rows listed per kind when all three are searched; one kind alone ("xem tất cả") lists up to the maximum.</summary>
    public const int DefaultLimit = 20;

    public bool Blank => string.IsNullOrWhiteSpace(Query);

    public IReadOnlyList<SearchKind>? Kinds => Kind is { } k ? [k] : null;

    public static SearchRequest Parse(string? q, string? kind, string? limit, DateTimeOffset? asOf = null)
    {
        var query = q ?? "";
        if (query.Length > RegistrySearch.MaxQueryLength)
            throw RequestRejectedException.BadRequest($"Từ khóa tìm kiếm dài {query.Length} ký tự, quá {RegistrySearch.MaxQueryLength}: hãy gõ một phần mã hoặc tên / "
                + $"the search text (q) is {query.Length} characters long, over {RegistrySearch.MaxQueryLength}: type part of a code or name.");
        var k = ParseKind(kind);
        return new SearchRequest(query, k, ParseLimit(limit, k is null ? DefaultLimit : RegistrySearch.MaxLimit), asOf);
    }

    /// <summary>The word <c>kind</c> takes: <c>unit</c>, <c>indicator</c>, <c>campaign</c>.</summary>
    public static string Word(SearchKind kind) => kind switch
    {
        SearchKind.Unit => "unit",
        SearchKind.Indicator => "indicator",
        _ => "campaign",
    };

    private static SearchKind? ParseKind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var k in Enum.GetValues<SearchKind>())
            if (string.Equals(Word(k), text.Trim(), StringComparison.OrdinalIgnoreCase)) return k;
        throw RequestRejectedException.BadRequest($"Loại '{text}' không có: hãy viết kind=unit (đơn vị), indicator (chỉ tiêu) hoặc campaign (phong trào), hoặc bỏ trống / "
            + $"kind '{text}' is unknown: use kind=unit, indicator or campaign, or leave it out.");
    }

    private static int ParseLimit(string? text, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= RegistrySearch.MaxLimit)
            return n;
        throw RequestRejectedException.BadRequest($"Số kết quả limit='{text}' không hợp lệ: hãy viết một số từ 1 đến {RegistrySearch.MaxLimit} / "
            + $"limit '{text}' is not valid: use a whole number from 1 to {RegistrySearch.MaxLimit}.");
    }
}
