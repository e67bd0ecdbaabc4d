using System.Net.Sockets;
using Npgsql;

namespace ThiDua.Cli.Serving;

/// <summary>
/// <c>thidua serve</c> started while its PostgreSQL is stopped, restarting or still starting (a machine's boot, a
/// restart of both): it says so once and starts as soon as the database answers, as a running server comes back by
/// itself after an outage, rather than ending at once. A setting that cannot mend by itself (a wrong password or host
/// name, no such database) is not waited for: it ends with its message (<see cref="Common.DatabaseProblem"/>).
/// </summary>
public static class DatabaseWait
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <returns>False when stopped (Ctrl+C, SIGTERM) before the database answered.</returns>
    public static async Task<bool> UntilAnswersAsync(string connectionString, string? where, CancellationToken ct)
    {
        var waiting = false;
        // No pool: a connection string's pool would keep this probe's dead attempts for the server's own connections.
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(ct);
                if (waiting) Console.Error.WriteLine("Cơ sở dữ liệu đã trả lời, đang khởi động / the database answers, starting.");
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e) when (MayMend(e))
            {
                if (!waiting)
                {
                    var (vi, en) = Cause(e);
                    Console.Error.WriteLine($"Đang chờ cơ sở dữ liệu ({where}): {vi} — sẽ khởi động ngay khi nó trả lời; Ctrl+C để dừng. "
                        + "Nếu nó không chạy lại, kiểm tra PostgreSQL và Host/Port trong --database / THIDUA_DATABASE. / "
                        + $"waiting for the database ({where}): {en} — starting as soon as it answers; Ctrl+C to stop. "
                        + "If it does not come back, check PostgreSQL and Host/Port in --database / THIDUA_DATABASE.");
                    waiting = true;
                }
                try
                {
                    await Task.Delay(Interval, ct);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }
        }
    }

    /// <summary>Stopped, restarting, starting up, or cut off: what a running server also waits out
    /// (<see cref="ThiDua.Web.Errors.DatabaseOutage.IsUnreachable"/>). Not a setting no waiting mends.</summary>
    public static bool MayMend(Exception e) => ThiDua.Web.Errors.DatabaseOutage.IsUnreachable(e) && !Common.DatabaseProblem.CannotMend(e);

    private static (string Vi, string En) Cause(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            if (x is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
                return ("PostgreSQL chưa chạy ở đó (từ chối kết nối)", "PostgreSQL is not running there (connection refused)");
            if (x is PostgresException { SqlState: "57P03" })
                return ("PostgreSQL đang khởi động hoặc đang dừng", "PostgreSQL is starting up or shutting down");
            if (x is PostgresException or SocketException or TimeoutException) return (x.Message.TrimEnd('.'), x.Message.TrimEnd('.'));
        }
        return (e.Message.TrimEnd('.'), e.Message.TrimEnd('.'));
    }
}
