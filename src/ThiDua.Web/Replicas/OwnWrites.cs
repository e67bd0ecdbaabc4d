using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Replicas;

/// <summary>
/// Read-your-own-writes for a browser: after a request that may have written (a POST), the answer carries a cookie with
/// the primary's WAL position, and that browser's GETs read from the primary until the standby has replayed that far —
/// an analyst sees their own import at once, not a second later. Forging the cookie can only send one's own reads to the
/// primary. API clients keep no cookies: they see <see cref="ReadRouting.ReadFromHeader"/> instead.
/// </summary>
internal static class OwnWrites
{
    public const string Cookie = "thidua.wrote";

    public static void Remember(HttpContext context, ReadDatabase reads) => context.Response.OnStarting(async () =>
    {
        if (context.Response.StatusCode >= 400 || await reads.PrimaryPositionAsync(context.RequestAborted) is not { } lsn) return;
        context.Response.Cookies.Append(Cookie, lsn.ToString(CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromMinutes(10),
        });
    });

    /// <summary>True when this browser wrote something the standby of <paramref name="choice"/> has not replayed yet.</summary>
    public static bool NotYetReplayed(HttpContext context, ReadChoice choice) =>
        choice.FromReplica && long.TryParse(context.Request.Cookies[Cookie], NumberStyles.None, CultureInfo.InvariantCulture, out var lsn)
        && lsn > choice.ReplayedLsn;
}
