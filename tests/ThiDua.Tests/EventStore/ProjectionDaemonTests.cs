using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;

namespace ThiDua.Tests.EventStore;

public sealed class ProjectionDaemonTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Two_daemons_apply_every_event_exactly_once()
    {
        var store = db.Store();
        using var cts = new CancellationTokenSource();
        var daemons = Enumerable.Range(0, 2).Select(_ => db.Daemon(pageSize: 7)).ToList();
        var running = daemons.Select(d => d.RunAsync(TimeSpan.FromMilliseconds(5), ct: cts.Token)).ToList();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
                await store.AppendAsync([EventStoreDatabase.Add($"two-{w}", ExpectedVersion.Any, 1, 2)]);
        }));
        await Task.WhenAll(writers);
        await daemons[0].CatchUpAsync();
        await cts.CancelAsync();
        await Task.WhenAll(running);

        // The primary key on totals_seen would have failed a second application of any event.
        (await db.ScalarAsync("select sum(events) from totals_totals where stream_id like 'two-%'")).Should().Be(200);
        (await db.ScalarAsync("select sum(total) from totals_totals where stream_id like 'two-%'")).Should().Be(300);
    }

    [Fact]
    public async Task A_gap_from_a_transaction_still_in_flight_is_waited_for_not_skipped()
    {
        var store = db.Store();
        await db.Daemon().CatchUpAsync();
        await using var slowConn = await db.DataSource.OpenConnectionAsync();
        await using var slow = await slowConn.BeginTransactionAsync();
        await store.AppendAsync(slowConn, slow, [EventStoreDatabase.Add("gap-slow", ExpectedVersion.NoStream, 100)]);
        await store.AppendAsync([EventStoreDatabase.Add("gap-fast", ExpectedVersion.NoStream, 1)]);

        await db.Daemon().CatchUpAsync(gapPatience: TimeSpan.FromMilliseconds(300));
        (await db.ScalarAsync("select count(*) from totals_totals where stream_id like 'gap-%'")).Should().Be(0,
            "the fast event lies beyond a hole that an open transaction may still fill");

        await slow.CommitAsync();
        await db.Daemon().CatchUpAsync();
        (await db.ScalarAsync("select coalesce(sum(total), 0) from totals_totals where stream_id like 'gap-%'")).Should().Be(101);
    }

    [Fact]
    public async Task A_gap_from_a_rolled_back_transaction_does_not_stall_the_daemon()
    {
        var store = db.Store();
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("rb-lost", ExpectedVersion.NoStream, 1000)]);
            await tx.RollbackAsync();
        }
        await store.AppendAsync([EventStoreDatabase.Add("rb-kept", ExpectedVersion.NoStream, 7)]);

        await db.Daemon().CatchUpAsync(gapPatience: TimeSpan.FromSeconds(10));

        (await db.ScalarAsync("select coalesce(sum(total), 0) from totals_totals where stream_id like 'rb-%'")).Should().Be(7);
    }

    [Fact]
    public async Task Rebuild_from_zero_gives_the_same_read_model_as_incremental_processing()
    {
        var store = db.Store();
        for (var i = 0; i < 30; i++)
            await store.AppendAsync([EventStoreDatabase.Add($"rebuild-{i % 4}", ExpectedVersion.Any, i, i * 2)]);
        var daemon = db.Daemon(pageSize: 11);
        await daemon.CatchUpAsync();
        var incremental = await Snapshot();

        await daemon.RebuildAsync();

        (await Snapshot()).Should().Be(incremental);
    }

    [Fact]
    public async Task A_projection_that_does_not_read_metadata_gets_the_unread_marker_and_the_others_the_metadata()
    {
        await db.Store().AppendAsync([EventStoreDatabase.Add("meta-1", ExpectedVersion.NoStream, 1, 2)]);
        var reads = new MetadataProbe(readsMetadata: true);
        var skips = new MetadataProbe(readsMetadata: false);
        var daemon = new ProjectionDaemon(db.DataSource, db.Types, [reads, skips], pageSize: 1);

        await daemon.CatchUpAsync();
        reads.Seen.Should().Equal(new EventMetadata("test"), new EventMetadata("test"));
        skips.Seen.Should().Equal(EventMetadata.Unread, EventMetadata.Unread);

        await daemon.RebuildAsync();
        reads.Seen.Should().Equal(new EventMetadata("test"), new EventMetadata("test"));
        skips.Seen.Should().Equal(EventMetadata.Unread, EventMetadata.Unread);
    }

    private async Task<string> Snapshot()
    {
        await using var cmd = db.DataSource.CreateCommand("select string_agg(stream_id || ':' || total || ':' || events, ',' order by stream_id) from totals_totals");
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
