using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThiDua.EventStore.Appending;
using ThiDua.Hosting;
using ThiDua.Security;

namespace ThiDua.Web.Caching;

/// <summary>
/// One LISTEN connection for the process: appends (<c>es_appended</c>) and user changes (<c>thidua_users</c>).
/// <see cref="Generation"/> moves on every notification and whenever the connection is lost or regained, so a
/// cache can tell that nothing could have slipped past it between a read and its store. After each notification it
/// also reads the primary's WAL position (<see cref="NotifiedUpTo"/>): a read from a standby that had replayed that far
/// already saw every change notified so far, so its answer may be kept (docs/replicas.md).
/// </summary>
public sealed class ChangeFeed(ThiDuaRuntime runtime, ILogger<ChangeFeed> log) : BackgroundService
{
    private static readonly string[] Channels = [PostgresEventStore.AppendedChannel, UserStore.ChangedChannel];
    private long _generation;
    private volatile NotifiedPosition? _notifiedUpTo;
    private volatile bool _listening;
    private bool _lossLogged;

    /// <summary>Raised with the channel's name; <c>*</c> when the connection was lost (anything may have changed).</summary>
    public event Action<string>? Changed;

    public bool Listening => _listening;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// True when a standby that had replayed up to <paramref name="replayedLsn"/> has every change notified so far: the
    /// primary's position read after the latest notification (and no notification since) is at or before it.
    /// </summary>
    public bool NotifiedUpTo(long replayedLsn) =>
        _notifiedUpTo is { } p && p.Generation == Generation && p.Lsn <= replayedLsn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await runtime.DataSource.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, e) => Raise(e.Channel);
                foreach (var channel in Channels)
                {
                    await using var listen = new NpgsqlCommand($"listen {channel}", conn);
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                Raise("*");
                await NotePrimaryPositionAsync(conn, stoppingToken);
                _listening = true;
                if (_lossLogged) log.LogInformation("Change feed listening again");
                _lossLogged = false;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await conn.WaitAsync(stoppingToken);
                    await NotePrimaryPositionAsync(conn, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                // Once per outage: it retries every second.
                if (!_lossLogged) log.LogWarning("Change feed lost its connection ({Message}); caches are bypassed until it is back", e.Message);
                _lossLogged = true;
            }
            finally
            {
                _listening = false;
                Raise("*");
            }
            try { await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    // A notification is delivered after its transaction committed, so a position read after it is at or past that
    // commit. One that arrives during the read may not be covered: read again until none did.
    private async Task NotePrimaryPositionAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        long generation, lsn;
        do
        {
            generation = Generation;
            await using var cmd = new NpgsqlCommand("select pg_current_wal_lsn() - '0/0'::pg_lsn", conn);
            lsn = (long)(decimal)(await cmd.ExecuteScalarAsync(ct))!;
        }
        while (generation != Generation);
        _notifiedUpTo = new NotifiedPosition(generation, lsn);
    }

    private sealed record NotifiedPosition(long Generation, long Lsn);

    private void Raise(string channel)
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke(channel);
    }
}
