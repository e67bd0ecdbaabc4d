using System.Diagnostics;
using System.Globalization;
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
        var batches = Enumerable.Range(0, events / 10_000).Select(b => Batch("s", b, 1000)).ToList();

        // Warm-up on other streams, so neither side pays the JIT or the first connection (E1 runs first).
        await store.AppendAsync(Batch("w", 0, 100));
        var profile = await ProfileOneBatchAsync(store, Batch("p", 0, 1000));

        var append = Stopwatch.StartNew();
        foreach (var batch in batches) await store.AppendAsync(batch);
        append.Stop();

        var rows = batches.SelectMany(b => b).SelectMany(a => a.Events.Select((e, i) => (a.StreamId, e, i))).ToList();
        // The floor: the same rows by COPY into a table without indexes; and into one with the event table's
        // three unique keys (seq, event_id, stream_id + version), which the store must keep.
        await BenchDatabase.ExecAsync(connection, $"create table raw_events ({Columns}); create table keyed_events ({Columns}, primary key (seq), unique (event_id), unique (stream_id, version))");
        await CopyAsync(dataSource, types, "raw_events", rows.Take(1000).ToList()); // warm-up
        await BenchDatabase.ExecAsync(connection, "truncate raw_events");
        var copy = await CopyAsync(dataSource, types, "raw_events", rows);
        var keyed = await CopyAsync(dataSource, types, "keyed_events", rows);

        var ratio = copy.TotalSeconds / append.Elapsed.TotalSeconds;
        return new GoalResult("E1", $"batch append {events:N0} events (1000 streams, batches of 10K)",
            $"{events / append.Elapsed.TotalSeconds:N0} events/s", $"raw binary COPY {events / copy.TotalSeconds:N0} rows/s",
            ratio, "≥ 0.30 of COPY", ratio >= 0.30,
            string.Create(CultureInfo.InvariantCulture, $"COPY into a table with the same 3 unique keys {events / keyed.TotalSeconds:N0} rows/s (append {append.Elapsed.TotalSeconds / keyed.TotalSeconds:0.00}× its time); one 10K batch: {profile}"));
    }

    private const string Columns = "seq bigint, event_id uuid, stream_id text, version bigint, type text, data jsonb, metadata jsonb, recorded_at timestamptz";

    private static List<StreamAppend> Batch(string prefix, int b, int streams) => Enumerable.Range(0, streams)
        .Select(s => new StreamAppend($"{prefix}-{s}", ExpectedVersion.Any,
            Enumerable.Range(0, 10).Select(i => new NewEvent(Guid.CreateVersion7(), new Tick($"{prefix}-{s}", b * 10 + i), new EventMetadata("bench"))).ToList()))
        .ToList();

    // Where a 10K batch's time goes, per statement (Npgsql's tracing); the rest is serialising and the COPY stream.
    private static async Task<string> ProfileOneBatchAsync(PostgresEventStore store, List<StreamAppend> batch)
    {
        using var timings = new NpgsqlTimings();
        var clock = Stopwatch.StartNew();
        await store.AppendAsync(batch);
        clock.Stop();
        var parts = timings.Totals();
        var traced = parts.Sum(p => p.Total.TotalMilliseconds);
        return NpgsqlTimings.Describe(parts)
            + string.Create(CultureInfo.InvariantCulture, $", untraced (serialising, COPY stream, commit) {clock.Elapsed.TotalMilliseconds - traced:0} ms of {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<TimeSpan> CopyAsync(NpgsqlDataSource dataSource, EventTypes types, string table, List<(string StreamId, NewEvent Event, int Index)> rows)
    {
        var copy = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
        await using (var writer = await conn.BeginBinaryImportAsync($"copy {table} from stdin (format binary)"))
        {
            long seq = 0;
            var now = DateTimeOffset.UtcNow;
            var versions = new Dictionary<string, long>();
            foreach (var (stream, e, _) in rows)
            {
                var version = versions[stream] = versions.GetValueOrDefault(stream) + 1;
                await writer.StartRowAsync();
                await writer.WriteAsync(++seq, NpgsqlDbType.Bigint);
                await writer.WriteAsync(e.EventId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(stream, NpgsqlDbType.Text);
                await writer.WriteAsync(version, NpgsqlDbType.Bigint);
                await writer.WriteAsync("tick", NpgsqlDbType.Text);
                await writer.WriteAsync(System.Text.Json.JsonSerializer.Serialize((Tick)e.Data, types.Json), NpgsqlDbType.Jsonb);
                await writer.WriteAsync("""{"actor":"bench"}""", NpgsqlDbType.Jsonb);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        copy.Stop();
        return copy.Elapsed;
    }
}
