using Npgsql;
using ThiDua.EventStore;
using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;
using ThiDua.EventStore.Schema;

namespace ThiDua.Hosting;

/// <summary>
/// The product wired onto one database: migrations applied, the event store with its inline
/// projections, the daemon with the async ones. The CLI and the web host both start from here.
/// </summary>
public sealed class ThiDuaRuntime : IAsyncDisposable
{
    private ThiDuaRuntime(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        DataSource = dataSource;
        Clock = clock;
        Types = ThiDuaModule.EventTypes();
        Store = new PostgresEventStore(dataSource, Types, clock, ThiDuaModule.InlineProjections());
        Reader = new EventReader(dataSource, Types);
        AnalyticsProjection = new Analytics.Projecting.AnalyticsProjection();
        Daemon = new ProjectionDaemon(dataSource, Types, [AnalyticsProjection]);
        Snapshots = new Analytics.Loading.SnapshotLoader(dataSource, Reader);
        Analytics = new Analytics.Querying.AnalyticsQueries(Snapshots);
    }

    public Analytics.Querying.AnalyticsQueries Analytics { get; }

    /// <summary>The daemon's analytics projection, so a host can be told when a campaign fails to compute.</summary>
    public Analytics.Projecting.AnalyticsProjection AnalyticsProjection { get; }

    public Analytics.Loading.SnapshotLoader Snapshots { get; }

    /// <summary>Replays every event into fresh read models: the inline ones first, then the async ones.</summary>
    /// <remarks>
    /// The inline ones (the registry) are what every serial writer decides from, so they are rebuilt as a serial writer:
    /// their reset is a <c>truncate</c>, which is not MVCC-safe — an import whose snapshot was taken before the rebuild
    /// committed found every table empty (each unit and campaign unknown, a stored row "new") and was refused.
    /// They are rebuilt in the serial writer's own transaction: its lock lives in that session, so a connection cut
    /// (an administrator, a restart) loses the lock and the rebuild together — rebuilt on a second connection, a rebuild
    /// whose lock had gone went on and committed while an import might run beside it.
    /// </remarks>
    /// <param name="waiting">Called once if a writer (an import, a close) is running, so a user can be told why nothing moves.</param>
    public async Task<long> RebuildAsync(CancellationToken ct = default, Action? waiting = null)
    {
        var inline = new ProjectionDaemon(DataSource, Types, ThiDuaModule.InlineProjections());
        long events;
        await using (var writer = await SerialWriter.BeginAsync(DataSource, System.Data.IsolationLevel.ReadCommitted, waiting, ct))
        {
            events = await inline.RebuildInlineAsync(writer.Transaction, ct);
            await writer.Transaction.CommitAsync(ct);
        }
        await Daemon.RebuildAsync(ct);
        return events;
    }

    public NpgsqlDataSource DataSource { get; }
    public TimeProvider Clock { get; }
    public EventTypes Types { get; }
    public PostgresEventStore Store { get; }
    public EventReader Reader { get; }
    public ProjectionDaemon Daemon { get; }

    public static async Task<ThiDuaRuntime> OpenAsync(string connectionString, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await MigrationRunner.ApplyAsync(dataSource, AllMigrations(), ct);
        await SequenceCatchUp.ApplyAsync(dataSource, SequencedColumns, ct);
        return new ThiDuaRuntime(dataSource, clock ?? TimeProvider.System);
    }

    /// <summary>
    /// The product on a read-only copy of its database (a hot standby): no migrations (the primary applies them and
    /// the standby replays them), and nothing here may write — its store and daemon are never used.
    /// </summary>
    public static ThiDuaRuntime OpenReadOnly(string connectionString, TimeProvider? clock = null) =>
        new(NpgsqlDataSource.Create(connectionString), clock ?? TimeProvider.System);

    /// <summary>
    /// Every column a sequence numbers: the log's global sequence and the plain tables' identities. A restore of their rows
    /// without their sequences is mended when the product opens the database (<see cref="SequenceCatchUp"/>).
    /// </summary>
    internal static IReadOnlyList<(string Table, string Column, string? Sequence)> SequencedColumns { get; } =
        [("es_events", "seq", "public.es_event_seq"), ("api_tokens", "id", null), ("web_key_ring", "id", null), ("job_runs", "id", null)];

    public static IEnumerable<Migration> AllMigrations() =>
        EmbeddedMigrations.EventStore().Concat(EmbeddedMigrations.From(typeof(ThiDuaRuntime).Assembly, "thidua"));

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
