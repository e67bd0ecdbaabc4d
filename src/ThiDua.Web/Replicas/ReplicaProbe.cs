using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ThiDua.Web.Replicas;

/// <summary>
/// Asks the standby every second where it is (<c>pg_is_in_recovery()</c>, <c>pg_last_wal_replay_lsn()</c>) and the
/// primary where it is (<c>pg_current_wal_lsn()</c>): two index-free queries a second in all, not one per request.
/// The standby is used once it has replayed what the primary had when this node started (its schema included).
/// </summary>
public sealed class ReplicaProbe(ReadDatabase reads) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ReplicaLag _lag = new();
    private long? _startLsn;
    private bool _caughtUpOnce;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do await ProbeOnceAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the host stops
        }
    }

    private async Task ProbeOnceAsync(CancellationToken ct)
    {
        var replica = reads.Replica!;
        var primaryLsn = await reads.PrimaryPositionAsync(ct);
        _startLsn ??= primaryLsn;
        var now = DateTimeOffset.UtcNow;
        try
        {
            await using var cmd = replica.DataSource.CreateCommand("select pg_is_in_recovery(), pg_last_wal_replay_lsn() - '0/0'::pg_lsn");
            await using var row = await cmd.ExecuteReaderAsync(ct);
            await row.ReadAsync(ct);
            if (!row.GetBoolean(0))
            {
                _lag.Observe(primaryLsn, null, now);
                reads.Report(new ReplicaStatus(ReplicaAbsence.NotAStandby, 0, TimeSpan.Zero), "pg_is_in_recovery() = false");
                return;
            }
            var replayed = row.IsDBNull(1) ? 0 : (long)row.GetDecimal(1);
            var lag = _lag.Observe(primaryLsn, replayed, now);
            _caughtUpOnce |= _startLsn is not { } start || replayed >= start;
            reads.Report(_caughtUpOnce
                ? new ReplicaStatus(ReplicaAbsence.None, replayed, lag)
                : new ReplicaStatus(ReplicaAbsence.CatchingUp, replayed, lag), $"replayed {replayed}, primary at start {_startLsn}");
        }
        // Whatever went wrong, the standby is not used until a probe succeeds (an exception leaving a hosted service would stop the host).
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _lag.Observe(primaryLsn, null, now);
            // Its pooled connections died with it: the first requests after its return must not find them.
            replica.DataSource.Clear();
            reads.Report(new ReplicaStatus(ReplicaAbsence.Unreachable, 0, TimeSpan.Zero), e.Message);
        }
    }
}
