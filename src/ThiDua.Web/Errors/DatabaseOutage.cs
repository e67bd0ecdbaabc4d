using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThiDua.Hosting;

namespace ThiDua.Web.Errors;

/// <summary>
/// The database cannot be reached (stopped, restarting, its socket gone): requests are answered 503 with
/// <c>Retry-After</c>, and the log gets one line when the outage is first seen and one when the database is back —
/// not a stack trace per request. A probe, started by the first failure, notices the return.
/// </summary>
/// <param name="localDatabase">The server runs on the embedded local cluster: nothing starts it again by itself once
/// stopped, so the answer says how (<see cref="LocalHint"/>).</param>
public sealed class DatabaseOutage(ThiDuaRuntime runtime, ILogger<DatabaseOutage> log, bool localDatabase = false)
{
    public const int RetryAfterSeconds = 5;

    public const string Message = "Không kết nối được cơ sở dữ liệu; ThiDua tự kết nối lại khi nó hoạt động trở lại — hãy thử lại sau ít giây "
        + "/ the database is unreachable; ThiDua reconnects by itself once it is back — try again in a few seconds.";

    public const string LocalHint = " Nếu cơ sở dữ liệu cục bộ đã dừng: chạy `thidua db start` / if the local database was stopped, run `thidua db start`.";

    /// <summary>What a request gets during the outage: <see cref="Message"/>, and on the local cluster how to start it.</summary>
    public string Answer => localDatabase ? Message + LocalHint : Message;

    public const string ImportNotWritten = " Không có gì từ tệp này được ghi; khi cơ sở dữ liệu chạy lại, hãy nhập lại tệp — an toàn, "
        + "dòng đã có được báo là không đổi / nothing of this file was written; import it again once the database is back — safe, rows already stored are reported unchanged.";

    /// <summary>
    /// <see cref="Answer"/>, and for an import what became of its file: a clerk whose upload met the outage wants to know
    /// whether to send it again (nothing is written before the commit; a commit cut off says it cannot tell).
    /// </summary>
    public string AnswerFor(Microsoft.AspNetCore.Http.HttpRequest request, Exception e)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
            if (x is ThiDua.Import.Importing.ImportCommitUncertainException uncertain) return $"{Answer} {uncertain.Message}";
        var import = Microsoft.AspNetCore.Http.HttpMethods.IsPost(request.Method)
            && (request.Path.StartsWithSegments("/api/imports") || request.Path.StartsWithSegments("/imports"));
        return import ? Answer + ImportNotWritten : Answer;
    }

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(2);
    private int _ongoing;

    public bool Ongoing => Volatile.Read(ref _ongoing) == 1;

    /// <summary>Connection refused, socket missing, server shutting down or starting: anything but a query's own error.</summary>
    public static bool IsUnreachable(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            if (x is PostgresException p)
                return p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03";
            if (x is NpgsqlException { InnerException: SocketException or IOException or TimeoutException or EndOfStreamException })
                return true;
            if (x is NpgsqlException n && n.Message.StartsWith("Exception while", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Called by every request that failed for it; logs and starts the probe only the first time.</summary>
    public void Seen(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Interlocked.Exchange(ref _ongoing, 1) == 1) return;
        log.LogWarning("The database is unreachable ({Message}); requests are answered 503 until it is back", Innermost(e).Message);
        _ = Task.Run(ProbeAsync);
    }

    private async Task ProbeAsync()
    {
        var since = DateTimeOffset.UtcNow;
        while (true)
        {
            await Task.Delay(ProbeInterval);
            try
            {
                await using var conn = await runtime.DataSource.OpenConnectionAsync();
                await using var cmd = new NpgsqlCommand("select 1", conn);
                await cmd.ExecuteScalarAsync();
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                // still away
            }
            catch (ObjectDisposedException)
            {
                return; // the host stopped
            }
        }
        Volatile.Write(ref _ongoing, 0);
        log.LogWarning("The database is reachable again after {Seconds:0} s", (DateTimeOffset.UtcNow - since).TotalSeconds);
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
