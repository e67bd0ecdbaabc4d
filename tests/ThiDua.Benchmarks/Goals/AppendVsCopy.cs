using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Benchmarks.Harness;
using ThiDua.EventStore;
using ThiDua.EventStore.Appending;

namespace ThiDua.Benchmarks.Goals;

/// <summary>E1: batch append of 100K events (1000 streams, batches of 10K) against a raw binary COPY of the same rows.</summary>
public static class AppendVsCopy
{
    public sealed record Tick(string Id, int Amount);

    public static async Task<GoalResult> RunAsync(BenchDatabase server, int events = 100_000)
    {
        var connection = await server.CreateAsync("append");
        await using var dataSource = NpgsqlDataSource.Create(connection);
        var types = new EventTypes().Register<Tick>();
        var store = new PostgresEventStore(dataSource, types, TimeProvider.System);
        var batches = Enumerable.Range(0, events / 10_000).Select(b => Enumerable.Range(0, 1000)
            .Select(s => new StreamAppend($"s-{s}", ExpectedVersion.Any,
                Enumerable.Range(0, 10).Select(i => new NewEvent(Guid.NewGuid(), new Tick($"s-{s}", b * 10 + i), new EventMetadata("bench"))).ToList()))
            .ToList()).ToList();

        var append = Stopwatch.StartNew();
        foreach (var batch in batches) await store.AppendAsync(batch);
        append.Stop();

        await BenchDatabase.ExecAsync(connection, "create table raw_events (seq bigint, event_id uuid, stream_id text, version bigint, type text, data jsonb, metadata jsonb, recorded_at timestamptz)");
        var rows = batches.SelectMany(b => b).SelectMany(a => a.Events.Select((e, i) => (a.StreamId, e, i))).ToList();
        var copy = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
        await using (var writer = await conn.BeginBinaryImportAsync("copy raw_events from stdin (format binary)"))
        {
            long seq = 0;
            var now = DateTimeOffset.UtcNow;
            foreach (var (stream, e, i) in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(++seq, NpgsqlDbType.Bigint);
                await writer.WriteAsync(e.EventId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(stream, NpgsqlDbType.Text);
                await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync("tick", NpgsqlDbType.Text);
                await writer.WriteAsync(System.Text.Json.JsonSerializer.Serialize((Tick)e.Data, types.Json), NpgsqlDbType.Jsonb);
                await writer.WriteAsync("""{"actor":"bench"}""", NpgsqlDbType.Jsonb);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        copy.Stop();

        var ratio = copy.Elapsed.TotalSeconds / append.Elapsed.TotalSeconds;
        return new GoalResult("E1", $"batch append {events:N0} events (1000 streams, batches of 10K)",
            $"{events / append.Elapsed.TotalSeconds:N0} events/s", $"raw binary COPY {events / copy.Elapsed.TotalSeconds:N0} rows/s",
            ratio, "≥ 0.30 of COPY", ratio >= 0.30);
    }
}
