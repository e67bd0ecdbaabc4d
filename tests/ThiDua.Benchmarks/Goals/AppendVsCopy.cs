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
        // The floor: the same rows by COPY into a table without indexes; and into one with the event table's
        // three unique keys (seq, event_id, stream_id + version), which the store must keep.
        await BenchDatabase.ExecAsync(connection, $"create table raw_events ({Columns}); create table keyed_events ({Columns}, primary key (seq), unique (event_id), unique (stream_id, version))");

        // Warm-up on other streams, so neither side pays the JIT or the first connection (E1 runs first).
        await store.AppendAsync(Batch("w", 0, 100));
        await new CopyBaseline(dataSource, types, "raw_events").CopyAsync(Rows(Batch("w", 0, 100)));
        await BenchDatabase.ExecAsync(connection, "truncate raw_events");
        var profile = await ProfileOneBatchAsync(store, Batch("p", 0, 1000));

        // Each batch is appended and COPYed into both tables one after the other, the order turned every batch, so a
        // busier moment of the machine falls on all three sides alike (the COPY baseline moved 117K–331K rows/s
        // between runs when it was timed in one block after the appends).
        var raw = new CopyBaseline(dataSource, types, "raw_events");
        var keyed = new CopyBaseline(dataSource, types, "keyed_events");
        var (append, copy, keyedCopy) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var batchRatios = new List<double>();
        for (var b = 0; b < batches.Count; b++)
        {
            var rows = Rows(batches[b]);
            var sides = new Func<Task<TimeSpan>>[] { () => TimeAsync(() => store.AppendAsync(batches[b])), () => raw.CopyAsync(rows), () => keyed.CopyAsync(rows) };
            var times = new TimeSpan[3];
            foreach (var side in b % 2 == 0 ? [0, 1, 2] : new[] { 2, 1, 0 }) times[side] = await sides[side]();
            (append, copy, keyedCopy) = (append + times[0], copy + times[1], keyedCopy + times[2]);
            batchRatios.Add(times[1] / times[0]);
        }

        var ratio = copy / append;
        batchRatios.Sort();
        return new GoalResult("E1", $"batch append {events:N0} events (1000 streams, batches of 10K)",
            $"{events / append.TotalSeconds:N0} events/s", $"raw binary COPY {events / copy.TotalSeconds:N0} rows/s",
            ratio, "≥ 0.30 of COPY", ratio >= 0.30,
            string.Create(CultureInfo.InvariantCulture, $"{batches.Count} batches, each appended and COPYed in turn (order flipped every batch), batch ratios {batchRatios[0]:0.00}–{batchRatios[^1]:0.00} (median {batchRatios[batchRatios.Count / 2]:0.00}); COPY into a table with the same 3 unique keys {events / keyedCopy.TotalSeconds:N0} rows/s (append {append / keyedCopy:0.00}× its time); one 10K batch: {profile}"));
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }

    private static List<(string StreamId, NewEvent Event)> Rows(List<StreamAppend> batch) =>
        batch.SelectMany(a => a.Events.Select(e => (a.StreamId, e))).ToList();

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

    // A raw binary COPY of rows into one table, numbering them and their streams' versions across calls as the store does.
    private sealed class CopyBaseline(NpgsqlDataSource dataSource, EventTypes types, string table)
    {
        private readonly Dictionary<string, long> versions = [];
        private long seq;

        public async Task<TimeSpan> CopyAsync(List<(string StreamId, NewEvent Event)> rows)
        {
            var copy = Stopwatch.StartNew();
            await using (var conn = await dataSource.OpenConnectionAsync())
            await using (var writer = await conn.BeginBinaryImportAsync($"copy {table} from stdin (format binary)"))
            {
                var now = DateTimeOffset.UtcNow;
                foreach (var (stream, e) in rows)
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
            return copy.Elapsed;
        }
    }
}
