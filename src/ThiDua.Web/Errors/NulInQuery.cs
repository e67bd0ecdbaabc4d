using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Errors;

/// <summary>
/// A query parameter holding U+0000 (<c>%00</c>) is refused before any route reads it: PostgreSQL's text cannot hold
/// that character, so such a value matches nothing and, sent as a query parameter, failed the statement (a 500 on
/// <c>/audit?user=a%00</c>, <c>/dashboards/…?campaign=X%00</c>, the charts and downloads). Kestrel already refuses it in the path.
/// </summary>
public static class NulInQuery
{
    public static Task Refuse(HttpContext context, RequestDelegate next)
    {
        var query = context.Request.QueryString.Value;
        // The cheap test first: the raw query string keeps %00 as written.
        if (query is null || !query.Contains("%00", StringComparison.Ordinal)) return next(context);
        var names = context.Request.Query.Where(p => p.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)).Select(p => p.Key).ToList();
        if (names.Count == 0) return next(context);
        var listed = string.Join(", ", names);
        throw RequestRejectedException.BadRequest(
            $"Tham số {listed} trong địa chỉ chứa ký tự NUL (%00), không giá trị nào có ký tự đó: xóa %00 khỏi địa chỉ rồi mở lại / " +
            $"the parameter {listed} in the address contains the NUL character (%00), which no value holds: remove %00 from the address and open it again.");
    }
}
