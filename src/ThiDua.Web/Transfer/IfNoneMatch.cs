using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ThiDua.Web.Transfer;

/// <summary>
/// The one reading of <c>If-None-Match</c> (RFC 9110 §13.1.2): <c>*</c>, or any tag of the list equal to ours by the weak
/// comparison — <c>W/"x"</c> and <c>"x"</c> match, as a cache or proxy that weakened a tag sends it back. A header that
/// does not parse matches nothing: the full answer is sent.
/// </summary>
public static class IfNoneMatch
{
    public static bool Matches(HttpRequest request, string etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sent = request.Headers.IfNoneMatch;
        if (sent.Count == 0 || !EntityTagHeaderValue.TryParseList(sent, out var tags)) return false;
        var ours = EntityTagHeaderValue.Parse(etag);
        foreach (var tag in tags)
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false)) return true;
        return false;
    }
}
