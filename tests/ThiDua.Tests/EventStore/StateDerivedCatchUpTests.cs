using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;

namespace ThiDua.Tests.EventStore;

/// <summary>
/// Far behind, a state-derived projection catches up as a rebuild does — it recomputes everything and its checkpoint
/// jumps to the safe high-water mark — instead of reading every event only to learn what it touched.
/// </summary>
public sealed class StateDerivedCatchUpTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Far_behind_it_recomputes_once_and_stops_before_an_in_flight_gap()
    {
        var store = db.Store();
        var probe = new StateDerivedProbe("sd_far");
        await new ProjectionDaemon(db.DataSource, db.Types, [probe]).CatchUpAsync(); // starts level with the log
        for (var i = 0; i < 25; i++) await store.AppendAsync([EventStoreDatabase.Add($"far-{i % 3}", ExpectedVersion.Any, i)]);
        var committed = await db.ScalarAsync("select max(seq) from es_events");
        await using var slowConn = await db.DataSource.OpenConnectionAsync();
        await using var slow = await slowConn.BeginTransactionAsync();
        await store.AppendAsync(slowConn, slow, [EventStoreDatabase.Add("far-slow", ExpectedVersion.NoStream, 100)]);
        await store.AppendAsync([EventStoreDatabase.Add("far-fast", ExpectedVersion.NoStream, 1)]);
        var daemon = new ProjectionDaemon(db.DataSource, db.Types, [probe], pageSize: 2, largeBacklog: 10);
        var applied = probe.Applied;

        await daemon.CatchUpAsync(gapPatience: TimeSpan.Zero);

        probe.Applied.Should().Be(applied, "25 events behind, with 10 the limit, it reads none of them");
        probe.Marked.Should().Be(1);
        probe.Flushed.Should().BeGreaterThan(0);
        (await db.ScalarAsync("select position from es_checkpoints where projection = 'sd_far'")).Should().Be(committed,
            "the hole of the open transaction is not passed");

        await slow.CommitAsync();
        await daemon.CatchUpAsync();
        probe.Applied.Should().Be(applied + 2, "two events behind, it reads them");
        probe.Marked.Should().Be(1);
    }
}
