using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;

namespace ThiDua.Tests.EventStore;

public sealed class StateDerivedRebuildTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Rebuild_replays_nothing_and_stops_the_checkpoint_before_an_in_flight_gap()
    {
        var store = db.Store();
        for (var i = 0; i < 25; i++) await store.AppendAsync([EventStoreDatabase.Add($"sd-{i % 3}", ExpectedVersion.Any, i)]);
        var committed = await db.ScalarAsync("select max(seq) from es_events");
        await using var slowConn = await db.DataSource.OpenConnectionAsync();
        await using var slow = await slowConn.BeginTransactionAsync();
        await store.AppendAsync(slowConn, slow, [EventStoreDatabase.Add("sd-slow", ExpectedVersion.NoStream, 100)]);
        await store.AppendAsync([EventStoreDatabase.Add("sd-fast", ExpectedVersion.NoStream, 1)]);

        var probe = new StateDerivedProbe("sd_probe");
        var rebuilt = await new ProjectionDaemon(db.DataSource, db.Types, [probe], pageSize: 2).RebuildAsync();

        probe.Applied.Should().Be(0, "its state is current already: a rebuild recomputes, it does not replay");
        probe.Marked.Should().Be(1);
        probe.Flushed.Should().Be(1);
        rebuilt.Should().Be(committed, "the hole of the open transaction is not passed");
        (await db.ScalarAsync("select position from es_checkpoints where projection = 'sd_probe'")).Should().Be(committed);

        await slow.CommitAsync();
        var daemon = new ProjectionDaemon(db.DataSource, db.Types, [probe]);
        await daemon.CatchUpAsync();
        probe.Applied.Should().Be(2, "the events past the hole are applied once the hole is filled");
    }
}
