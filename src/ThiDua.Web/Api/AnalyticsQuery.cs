using Microsoft.AspNetCore.Http;
using ThiDua.Analytics.Querying;
using ThiDua.Periods;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Api;

/// <summary>The <c>?period=&amp;asOf=</c> of the API, the pages and the charts; a malformed value is a 400 saying what to write.</summary>
public sealed record AnalyticsQuery(YearMonth? Period, DateTimeOffset? AsOf)
{
    public static AnalyticsQuery From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(ParsePeriod(request.Query["period"]), ParseAsOf(request.Query["asOf"]));
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
        if (AsOfParser.TryParse(text, out var at)) return at;
        throw RequestRejectedException.BadRequest(
            $"Thời điểm asOf '{text}' không hợp lệ / asOf '{text}' is not valid: {AsOfParser.Expected}.");
    }
}
