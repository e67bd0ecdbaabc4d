using System.Net.Sockets;
using Npgsql;

namespace ThiDua.Web.Replicas;

/// <summary>Where the primary's write-ahead log is now, as a byte position comparable with a standby's replay position.</summary>
public static class WalPosition
{
    /// <summary>The primary's WAL position now; null when it cannot be asked (unreachable, overloaded, timed out).</summary>
    public static async Task<long?> OfPrimaryAsync(NpgsqlDataSource primary, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(primary);
        try
        {
            await using var cmd = primary.CreateCommand("select pg_current_wal_lsn() - '0/0'::pg_lsn");
            return (long)(decimal)(await cmd.ExecuteScalarAsync(ct))!;
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or SocketException)
        {
            return null;
        }
    }
}
