using Microsoft.AspNetCore.Http;
using ThiDua.Analytics.Querying;
using ThiDua.Periods;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Api;

/// <summary>
/// The <c>?period=&amp;asOf=</c> of the API, the pages and the charts; a malformed value is a 400 saying what to write.
/// A page (not <c>/api/…</c> nor <c>/charts/…</c>) also reads <c>asOf</c> as its form writes it, dd/mm/yyyy hh:mm in
/// Vietnam time (<see cref="Html.DateField"/>); the API and the charts take ISO 8601 only (docs/contract.md).
/// An offset's '+' sent unencoded (<c>…T08:00:00+07:00</c>, read by the query string as a space) counts as the '+' (<see cref="UnencodedPlus"/>).
/// </summary>
public sealed record AnalyticsQuery(YearMonth? Period, DateTimeOffset? AsOf)
{
    public static AnalyticsQuery From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(ParsePeriod(request.Query["period"]), AsOfOf(request));
    }

    /// <summary>The request's <c>asOf</c> alone (a page's as its form writes it, the API's ISO 8601), for a route without a period.</summary>
    public static DateTimeOffset? AsOfOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asOf = request.Query["asOf"].ToString();
        var page = !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/charts");
        return page ? ParsePageAsOf(asOf) : ParseAsOf(asOf);
    }

    private static DateTimeOffset? ParsePageAsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Html.DateField.TryParseInstant(UnencodedPlus.Restore(text), out var at) ? at
            : throw RequestRejectedException.BadRequest(Html.DateField.InstantError("“Số liệu tính đến” (asOf)", text));
    }

    public static YearMonth? ParsePeriod(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (YearMonth.TryParse(text, out var p)) return p;
        throw RequestRejectedException.BadRequest($"Kỳ '{text}' không phải tháng, hãy viết YYYY-MM / period '{text}' is not a month: use YYYY-MM.");
    }

    public static DateTimeOffset? ParseAsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Echoed as restored: the value the caller wrote ('…+07'), not the query string's '… 07'.
        var restored = UnencodedPlus.Restore(text);
        if (AsOfParser.TryParse(restored, out var at)) return at;
        throw RequestRejectedException.BadRequest(
            $"Thời điểm asOf '{restored}' không hợp lệ / asOf '{restored}' is not valid: {AsOfParser.Expected}.");
    }
}
