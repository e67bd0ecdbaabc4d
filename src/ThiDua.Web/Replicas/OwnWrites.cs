using System.Globalization;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace ThiDua.Web.Replicas;

/// <summary>
/// Read-your-own-writes for a browser: after a request that may have written (a POST), the answer carries a cookie with
/// the primary's WAL position, and that browser's GETs read from the primary until the standby has replayed that far —
/// an analyst sees their own import at once, not a second later. When the primary cannot say where it is (a loaded or
/// briefly unreachable primary), the cookie says <see cref="Unknown"/> instead and that browser reads from the primary
/// for <see cref="UnknownFor"/>: a write is never followed by a read from a standby that may not have it. Forging the
/// cookie can only send one's own reads to the primary. API clients keep no cookies: they see
/// <see cref="ReadRouting.ReadFromHeader"/> instead.
/// </summary>
public static class OwnWrites
{
    public const string Cookie = "thidua.wrote";

    /// <summary>The cookie's value when the write's position is not known.</summary>
    public const string Unknown = "primary";

    public static readonly TimeSpan UnknownFor = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan KnownFor = TimeSpan.FromMinutes(10);

    internal static void Remember(HttpContext context, ReadDatabase reads) =>
        context.Response.OnStarting(() => context.Response.StatusCode >= 400
            ? Task.CompletedTask
            : NoteAsync(context, reads.Primary.DataSource, context.RequestAborted));

    /// <summary>Sets the cookie on <paramref name="context"/>'s answer: the primary's position now, or <see cref="Unknown"/>.</summary>
    public static async Task NoteAsync(HttpContext context, NpgsqlDataSource primary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lsn = await WalPosition.OfPrimaryAsync(primary, ct);
        context.Response.Cookies.Append(Cookie, lsn?.ToString(CultureInfo.InvariantCulture) ?? Unknown, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", Secure = context.Request.IsHttps,
            MaxAge = lsn is null ? UnknownFor : KnownFor,
        });
    }

    /// <summary>True when this browser wrote something the standby of <paramref name="choice"/> may not have replayed yet.</summary>
    public static bool NotYetReplayed(HttpContext context, ReadChoice choice)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(choice);
        return choice.FromReplica && NotYetReplayed(context.Request.Cookies[Cookie], choice.ReplayedLsn);
    }

    /// <summary>Whether a standby replayed up to <paramref name="replayedLsn"/> may lack the write a cookie of this value stands for.</summary>
    public static bool NotYetReplayed(string? cookie, long replayedLsn) =>
        cookie == Unknown
        || long.TryParse(cookie, NumberStyles.None, CultureInfo.InvariantCulture, out var lsn) && lsn > replayedLsn;
}
