using System.Diagnostics;
using Npgsql;
using ThiDua.DaemonNode;
using ThiDua.EventStore;
using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;
using ThiDua.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// Guarantee: when the node leading a projection dies (kill -9, mid-batch), another node leads within 5 seconds,
/// and the dead node's unfinished batch is not applied twice — nor lost.
/// </summary>
public sealed class LeaderFailoverTests(EventStoreDatabase db, ITestOutputHelper output) : IClassFixture<EventStoreDatabase>
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    // 50 batches of 10 at 300 ms each: with two nodes sharing them, still ≈ 8 s of work, so node A is killed with work
    // left even on a loaded machine (with 20 batches both nodes had once finished before the kill, and B had nothing left).
    private const int Streams = 50;
    private const int Events = Streams * 10;

    [Fact]
    public async Task When_the_leader_is_killed_another_node_leads_within_5_seconds_and_nothing_is_applied_twice()
    {
        await db.ExecuteAsync(AppliedLogProjection.CreateSql);
        var types = new EventTypes().Register<Ticked>();
        var store = new PostgresEventStore(db.DataSource, types, TimeProvider.System);
        for (var i = 0; i < Streams; i++)
            await store.AppendAsync([new StreamAppend($"tick-{i}", ExpectedVersion.NoStream,
                Enumerable.Range(0, 10).Select(n => new NewEvent(Guid.NewGuid(), new Ticked($"tick-{i}", n), new EventMetadata("test"))).ToList())]);

        await using var nodeA = await DaemonNodeProcess.StartAsync(WithName(db.ConnectionString, "node-a"), "A", Pause);
        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from failover_applied") > 0,
            TimeSpan.FromSeconds(60), "node A applied a batch");
        // Node B runs beside it, as a second server would: whoever takes a batch's lock applies that batch.
        await using var bSource = NpgsqlDataSource.Create(WithName(db.ConnectionString, "node-b"));
        var nodeB = new ProjectionDaemon(bSource, types, [new AppliedLogProjection("B", Pause)], pageSize: 10);
        using var stop = new CancellationTokenSource();
        var runningB = nodeB.RunAsync(TimeSpan.FromMilliseconds(20), ct: stop.Token);

        await Eventually.WaitUntilAsync(() => LeadsAsync("node-a"), TimeSpan.FromSeconds(30), "node A in the middle of a batch");
        var appliedBeforeKill = await db.ScalarAsync("select count(*) from failover_applied");
        appliedBeforeKill.Should().BeLessThan(Events, "the kill must find work left, or no other node has anything to take over");
        await nodeA.KillAsync();
        var killed = Stopwatch.StartNew();
        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(*) from failover_applied") > appliedBeforeKill,
            TimeSpan.FromSeconds(30), "node B applied a batch after the kill");
        var takeover = killed.Elapsed;
        output.WriteLine($"the other node applied its first batch {takeover.TotalMilliseconds:F0} ms after the kill");
        await Eventually.WaitUntilAsync(async () => await db.ScalarAsync("select count(distinct seq) from failover_applied") == Events,
            TimeSpan.FromSeconds(60), "node B finished the projection");
        await stop.CancelAsync();
        await runningB;

        takeover.Should().BeLessThan(TimeSpan.FromSeconds(5), "the other node leads within 5 s");
        appliedBeforeKill.Should().BeInRange(1, Events - 1, "A died with work left");
        (await db.ScalarAsync("select count(*) from failover_applied where node = 'A'")).Should().BeGreaterThan(0);
        (await db.ScalarAsync("select count(*) from failover_applied")).Should().Be(Events, "no event applied twice");
        (await db.ScalarAsync("select count(*) from failover_applied a join es_events e using (seq)")).Should().Be(Events, "every event, and only events");
        (await db.ScalarAsync("select position from es_checkpoints where projection = 'failover'")).Should().Be(Events);
    }

    private async Task<bool> LeadsAsync(string applicationName)
    {
        await using var cmd = db.DataSource.CreateCommand("""
            select count(*) from pg_locks l join pg_stat_activity a using (pid)
            where l.locktype = 'advisory' and l.granted and a.application_name = @n
            """);
        cmd.Parameters.AddWithValue("n", applicationName);
        return (long)(await cmd.ExecuteScalarAsync())! > 0;
    }

    private static string WithName(string connectionString, string name) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString;
}
