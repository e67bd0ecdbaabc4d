using ThiDua.EventStore.Appending;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>Guarantee: however many daemons run, each committed event is applied once, and only committed ones.</summary>
public sealed class ExactlyOnceProjectionTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Two_daemons_apply_every_committed_event_exactly_once_while_writers_commit_and_roll_back()
    {
        var store = db.Store();
        using var stop = new CancellationTokenSource();
        var running = new[] { db.Daemon(pageSize: 3), db.Daemon(pageSize: 8) }
            .Select(d => d.RunAsync(TimeSpan.FromMilliseconds(2), ct: stop.Token)).ToList();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await using var conn = await db.DataSource.OpenConnectionAsync();
                await using var tx = await conn.BeginTransactionAsync();
                await store.AppendAsync(conn, tx, [EventStoreDatabase.Add($"once-{w}", ExpectedVersion.Any, 1, 1)]);
                if (i % 5 == 4) await tx.RollbackAsync(); // every fifth leaves a gap
                else await tx.CommitAsync();
            }
        })).ToList();
        await Task.WhenAll(writers);

        await Eventually.WaitUntilAsync(async () =>
                (await StoreProbe.AppliedAsync(db.DataSource)).Count == (await StoreProbe.CommittedAsync(db.DataSource)).Count,
            TimeSpan.FromSeconds(60), "both daemons caught up");
        await stop.CancelAsync();
        await Task.WhenAll(running);

        // totals_seen's primary key would have failed the batch of any event applied twice.
        var committed = await StoreProbe.CommittedAsync(db.DataSource);
        committed.Should().HaveCount(8 * 24 * 2);
        (await StoreProbe.AppliedAsync(db.DataSource)).Should().Equal(committed);
        (await db.ScalarAsync("select sum(total) from totals_totals")).Should().Be(8 * 24 * 2);
    }
}
