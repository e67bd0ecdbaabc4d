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
        var probe = await LevelWithTheLogAsync("sd_far");
        await AppendAsync(store, "far", 25);
        var committed = await db.ScalarAsync("select max(seq) from es_events");
        await using var slowConn = await db.DataSource.OpenConnectionAsync();
        await using var slow = await slowConn.BeginTransactionAsync();
        await store.AppendAsync(slowConn, slow, [EventStoreDatabase.Add("far-slow", ExpectedVersion.NoStream, 100)]);
        await store.AppendAsync([EventStoreDatabase.Add("far-fast", ExpectedVersion.NoStream, 1)]);
        var daemon = FarBehind(probe);
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

    [Fact]
    public async Task Far_behind_with_no_hole_its_checkpoint_jumps_to_the_last_event()
    {
        var store = db.Store();
        var probe = await LevelWithTheLogAsync("sd_whole");
        await AppendAsync(store, "whole", 25);
        var daemon = FarBehind(probe);
        var applied = probe.Applied;

        (await daemon.CatchUpAsync()).Should().Be(25);

        probe.Applied.Should().Be(applied, "it reads none of the 25 events");
        probe.Marked.Should().Be(1);
        (await db.ScalarAsync("select position from es_checkpoints where projection = 'sd_whole'"))
            .Should().Be(await db.ScalarAsync("select max(seq) from es_events"));
    }

    [Fact]
    public async Task Far_behind_past_a_rolled_back_hole_it_still_reaches_the_last_event()
    {
        var store = db.Store();
        var probe = await LevelWithTheLogAsync("sd_holed");
        await AppendAsync(store, "holed", 12);
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        await using (var rolledBack = await conn.BeginTransactionAsync())
        {
            await store.AppendAsync(conn, rolledBack, [EventStoreDatabase.Add("holed-gone", ExpectedVersion.NoStream, 100)]);
            await rolledBack.RollbackAsync();
        }
        await AppendAsync(store, "holed", 13);
        var daemon = FarBehind(probe);

        await daemon.CatchUpAsync();

        // How many passes it takes depends on when the hole is seen to be final (any transaction of the cluster holds it).
        probe.Marked.Should().BeGreaterThan(0, "25 events behind, with 10 the limit, it recomputes");
        (await db.ScalarAsync("select position from es_checkpoints where projection = 'sd_holed'"))
            .Should().Be(await db.ScalarAsync("select max(seq) from es_events"), "a rolled-back hole does not stop it for good");
    }

    private async Task<StateDerivedProbe> LevelWithTheLogAsync(string name)
    {
        var probe = new StateDerivedProbe(name);
        await new ProjectionDaemon(db.DataSource, db.Types, [probe]).CatchUpAsync();
        return probe;
    }

    // One event per append, over three streams.
    private static async Task AppendAsync(PostgresEventStore store, string prefix, int count)
    {
        for (var i = 0; i < count; i++) await store.AppendAsync([EventStoreDatabase.Add($"{prefix}-{i % 3}", ExpectedVersion.Any, i)]);
    }

    // Pages of 2 and a limit of 10: a backlog of 25 is far behind.
    private ProjectionDaemon FarBehind(StateDerivedProbe probe) => new(db.DataSource, db.Types, [probe], pageSize: 2, largeBacklog: 10);
}
