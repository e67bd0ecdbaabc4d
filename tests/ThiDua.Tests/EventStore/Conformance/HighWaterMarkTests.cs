using Npgsql;
using ThiDua.EventStore.Appending;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// Guarantee: a projection never moves past a sequence number whose transaction may still commit (the
/// high-water mark stops at the gap), and a gap left by a rolled-back transaction does not stall it.
/// </summary>
public sealed class HighWaterMarkTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task The_high_water_mark_never_passes_a_gap_left_by_a_slow_or_rolled_back_transaction()
    {
        var store = db.Store();
        using var stop = new CancellationTokenSource();
        var daemon = db.Daemon(pageSize: 3);
        var running = daemon.RunAsync(TimeSpan.FromMilliseconds(5), ct: stop.Token);
        var held = new List<(NpgsqlConnection Conn, NpgsqlTransaction Tx, long Seq)>();
        try
        {
            // Four slow writers hold their transactions open, each between writers that commit at once.
            for (var i = 0; i < 4; i++)
            {
                await store.AppendAsync([EventStoreDatabase.Add($"hw-fast-{i}", ExpectedVersion.NoStream, 1)]);
                var conn = await db.DataSource.OpenConnectionAsync();
                var tx = await conn.BeginTransactionAsync();
                await store.AppendAsync(conn, tx, [EventStoreDatabase.Add($"hw-slow-{i}", ExpectedVersion.NoStream, 100)]);
                held.Add((conn, tx, await SequenceInAsync(conn, tx, $"hw-slow-{i}")));
            }
            for (var i = 4; i < 12; i++) await store.AppendAsync([EventStoreDatabase.Add($"hw-fast-{i}", ExpectedVersion.NoStream, 1)]);
            var firstHole = held.Min(h => h.Seq);

            await Eventually.WaitUntilAsync(async () => (await StoreProbe.AppliedAsync(db.DataSource)).Count == firstHole - 1,
                TimeSpan.FromSeconds(30), "the events before the first open transaction applied");
            for (var look = 0; look < 20; look++)
            {
                (await StoreProbe.AppliedAsync(db.DataSource)).Should().OnlyContain(s => s < firstHole, "nothing past a gap that may still be filled");
                await Task.Delay(50);
            }

            // Two commit, two roll back, out of order: everything committed arrives, in full, and nothing stalls.
            await held[2].Tx.RollbackAsync();
            await held[0].Tx.CommitAsync();
            await held[3].Tx.CommitAsync();
            await held[1].Tx.RollbackAsync();
            await Eventually.WaitUntilAsync(async () =>
                    (await StoreProbe.AppliedAsync(db.DataSource)).SequenceEqual(await StoreProbe.CommittedAsync(db.DataSource)),
                TimeSpan.FromSeconds(30), "every committed event applied, the rolled-back gaps passed");
            (await db.ScalarAsync("select sum(total) from totals_totals")).Should().Be(12 + 200);
        }
        finally
        {
            foreach (var h in held) await h.Conn.DisposeAsync();
            await stop.CancelAsync();
            await running;
        }
    }

    private static async Task<long> SequenceInAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string stream)
    {
        await using var cmd = new NpgsqlCommand("select seq from es_events where stream_id = @s", conn, tx);
        cmd.Parameters.AddWithValue("s", stream);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
