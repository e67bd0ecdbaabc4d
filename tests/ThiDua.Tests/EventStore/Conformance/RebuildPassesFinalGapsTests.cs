using Npgsql;
using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// Guarantee: a rebuild replays every committed event. A gap left by a rolled-back (or killed) append is final once
/// every transaction that could fill it has ended, and the rebuild passes it — it once stopped at such a gap and
/// committed a read model of the events before it (a killed import, then `projections rebuild` beside a server).
/// </summary>
public sealed class RebuildPassesFinalGapsTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    private const string Export = "select stream_id, total, events from totals_totals order by stream_id";

    [Fact]
    public async Task A_rebuild_replays_the_events_after_a_rolled_back_gap()
    {
        var store = db.Store();
        var daemon = db.Daemon(pageSize: 4);
        for (var i = 0; i < 10; i++) await store.AppendAsync([EventStoreDatabase.Add($"fg-{i % 3}", ExpectedVersion.Any, i)]);
        await RolledBackAsync(store, "fg-lost-1");
        for (var i = 10; i < 20; i++) await store.AppendAsync([EventStoreDatabase.Add($"fg-{i % 3}", ExpectedVersion.Any, i)]);
        await RolledBackAsync(store, "fg-lost-2");
        await store.AppendAsync([EventStoreDatabase.Add("fg-last", ExpectedVersion.NoStream, 1000)]);
        await daemon.CatchUpAsync(gapPatience: TimeSpan.FromSeconds(10));
        var incremental = await StoreProbe.CopyOutAsync(db.DataSource, Export);

        var replayed = await db.Daemon(pageSize: 4).RebuildAsync();

        replayed.Should().Be((await StoreProbe.CommittedAsync(db.DataSource)).Count);
        (await StoreProbe.CopyOutAsync(db.DataSource, Export)).Should().Be(incremental);
        (await StoreProbe.AppliedAsync(db.DataSource)).Should().Equal(await StoreProbe.CommittedAsync(db.DataSource));
    }

    [Fact]
    public async Task A_rebuild_beside_other_transactions_still_replays_past_a_rolled_back_gap()
    {
        var store = db.Store();
        await RolledBackAsync(store, "fb-lost");
        for (var i = 0; i < 8; i++) await store.AppendAsync([EventStoreDatabase.Add($"fb-{i % 2}", ExpectedVersion.Any, i)]);
        // A server's catch-up and jobs run short transactions all the time; one is open while the rebuild starts.
        await using var other = await db.DataSource.OpenConnectionAsync();
        await using var busy = await other.BeginTransactionAsync();
        await using (var write = new NpgsqlCommand("select pg_current_xact_id()", other, busy)) await write.ExecuteScalarAsync();
        var rebuilding = db.Daemon(pageSize: 3).RebuildAsync();
        await Task.Delay(300);
        await busy.CommitAsync();

        await rebuilding;

        (await StoreProbe.AppliedAsync(db.DataSource)).Should().Equal(await StoreProbe.CommittedAsync(db.DataSource));
    }

    [Fact]
    public async Task An_inline_rebuild_replays_every_committed_event_past_a_rolled_back_gap()
    {
        var store = db.Store();
        await RolledBackAsync(store, "fi-lost");
        for (var i = 0; i < 6; i++) await store.AppendAsync([EventStoreDatabase.Add($"fi-{i % 2}", ExpectedVersion.Any, i)]);
        await RolledBackAsync(store, "fi-lost-2");
        await store.AppendAsync([EventStoreDatabase.Add("fi-last", ExpectedVersion.NoStream, 50)]);

        var replayed = await db.Daemon(pageSize: 2).RebuildAsync(inline: true);

        var committed = await StoreProbe.CommittedAsync(db.DataSource);
        replayed.Should().Be(committed.Count);
        (await StoreProbe.AppliedAsync(db.DataSource)).Should().Equal(committed);
    }

    private async Task RolledBackAsync(PostgresEventStore store, string stream)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await store.AppendAsync(conn, tx, [EventStoreDatabase.Add(stream, ExpectedVersion.NoStream, 1)]);
        await tx.RollbackAsync();
    }
}
