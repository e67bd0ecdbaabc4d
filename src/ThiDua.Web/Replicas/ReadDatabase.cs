using Microsoft.Extensions.Logging;
using ThiDua.Hosting;
using ThiDua.Web.Caching;

namespace ThiDua.Web.Replicas;

/// <summary>
/// Where reads go: pages and GET APIs to the standby (<c>--read-database</c>) while the probe finds it usable, everything
/// else — every POST, sign-in and token checks, jobs, projections, background work — to the primary. The choice is made
/// once per request by <see cref="ReadRouting"/> and held in an AsyncLocal, so services read <see cref="Runtime"/>.
/// </summary>
public sealed class ReadDatabase(ThiDuaRuntime primary, ThiDuaRuntime? replica, ChangeFeed feed, ILogger<ReadDatabase> log) : IAsyncDisposable
{
    private static readonly AsyncLocal<ReadChoice?> Chosen = new();
    private readonly ReadChoice _primary = new(primary, false, 0, TimeSpan.Zero);
    private readonly Lock _gate = new();
    private volatile ReplicaStatus _status = ReplicaStatus.NotProbedYet;
    private ReplicaAbsence _logged = ReplicaAbsence.None;

    public ThiDuaRuntime Primary => primary;

    public ThiDuaRuntime? Replica => replica;

    public ReplicaStatus Status => _status;

    /// <summary>The database this request reads from: the primary outside a routed GET.</summary>
    public ThiDuaRuntime Runtime => Current.Runtime;

    public ReadChoice Current => Chosen.Value ?? _primary;

    /// <summary>Reads on the primary, whatever the standby's state.</summary>
    public ReadChoice OnPrimary => _primary;

    /// <summary>The standby if the last probe found it usable, else the primary.</summary>
    public ReadChoice Choose() =>
        replica is not null && _status is { Usable: true } s ? new ReadChoice(replica, true, s.ReplayedLsn, s.Lag) : _primary;

    internal static void Use(ReadChoice choice) => Chosen.Value = choice;

    /// <summary>
    /// Whether an answer read under <paramref name="choice"/> may be cached until the next notification: always from the
    /// primary; from the standby only if it had replayed every notified change (else the cache would keep the answer
    /// from before an import although no further notification will come to drop it).
    /// </summary>
    public bool MayKeep(ReadChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return !choice.FromReplica || feed.NotifiedUpTo(choice.ReplayedLsn);
    }

    /// <summary>The primary's WAL position now; null when it cannot be asked.</summary>
    public Task<long?> PrimaryPositionAsync(CancellationToken ct) => WalPosition.OfPrimaryAsync(primary.DataSource, ct);

    /// <summary>The probe's (or a failed request's) finding; logs one line when reads leave the standby and one when they come back.</summary>
    internal void Report(ReplicaStatus status, string? why = null)
    {
        lock (_gate)
        {
            _status = status;
            if (status.Usable)
            {
                if (_logged != ReplicaAbsence.None)
                    log.Log(_logged == ReplicaAbsence.CatchingUp ? LogLevel.Information : LogLevel.Warning,
                        "Read replica in use again: pages and GET APIs read from it (lag {Seconds:0} s)", status.Lag.TotalSeconds);
                _logged = ReplicaAbsence.None;
            }
            else if (status.Absence != ReplicaAbsence.NotProbedYet && _logged == ReplicaAbsence.None)
            {
                _logged = status.Absence;
                if (status.Absence == ReplicaAbsence.CatchingUp)
                    log.LogInformation("Read replica {Absence} ({Why}); pages and GET APIs read from the primary until it is back", Describe(status.Absence), why);
                else // which standby, and what to check if it stays away (a wrong password or host name never comes back by itself)
                    log.LogWarning("Read replica {Absence} ({Why}; {Where}); pages and GET APIs read from the primary until it is back. "
                        + "If it stays away, check --read-database / THIDUA_READ_DATABASE: a hot standby of the primary, its Host, Port, Database, Username and Password",
                        Describe(status.Absence), why, Where);
            }
        }
    }

    /// <summary>The standby's address for the log, never its password.</summary>
    private string Where => replica is null ? "" : DatabaseLocator.Address(new Npgsql.NpgsqlConnectionStringBuilder(replica.DataSource.ConnectionString));

    private static string Describe(ReplicaAbsence absence) => absence switch
    {
        ReplicaAbsence.Unreachable => "unreachable",
        ReplicaAbsence.NotAStandby => "is not a hot standby",
        _ => "has not yet replayed what the primary had when this node started",
    };

    public async ValueTask DisposeAsync()
    {
        if (replica is not null) await replica.DisposeAsync();
    }
}
