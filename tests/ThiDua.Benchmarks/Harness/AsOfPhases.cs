using System.Diagnostics;
using Npgsql;
using ThiDua.Analytics;
using ThiDua.Analytics.Loading;
using ThiDua.EventStore.Reading;
using ThiDua.Hosting;
using static System.FormattableString;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// Where an "as of" ranking's time goes, phase by phase (median of 5 each): the check that nothing changed since,
/// the bare SQL read of the campaign's events (bytes only, each stream's as the fold reads them: no global sort), the
/// read with deserialising, the fold into a snapshot,
/// the snapshot's lists, the ranking, and the whole ranking folded from the log.
/// </summary>
public sealed record AsOfPhases(long Events, double Megabytes, double CheckMs, double SqlMs, double ReadMs, double FoldMs, double FoldInMemoryMs, double ListsMs, double ComputeMs, double FoldedRankingMs)
{
    public string Describe() => Invariant(
        $"{Events:N0} events, {Megabytes:0.0} MB of data: unchanged-since check {CheckMs:0} ms; SQL read {SqlMs:0} ms, + deserialise {ReadMs:0} ms, + fold {FoldMs:0} ms (the fold alone, events in memory: {FoldInMemoryMs:0} ms); snapshot lists {ListsMs:0} ms; period + compute {ComputeMs:0} ms; ranking folded from the log {FoldedRankingMs:0} ms");

    public static async Task<AsOfPhases> MeasureAsync(ThiDuaRuntime runtime, string connection, string campaign, DateTimeOffset asOf)
    {
        var prefixes = SnapshotLoader.Streams(campaign);
        var check = await MedianMs(() => runtime.Snapshots.ChangesAsync(campaign, asOf));
        long events = 0, bytes = 0;
        var sql = await MedianMs(async () => (events, bytes) = await RawReadAsync(connection, prefixes, asOf));
        var reading = await MedianMs(async () =>
        {
            await using var conn = await runtime.DataSource.OpenConnectionAsync();
            await runtime.Reader.ReadEachStreamAsync(conn, null, await EventReader.StreamIdsAsync(conn, prefixes), asOf);
        });
        var fold = await MedianMs(() => runtime.Snapshots.FoldAsync(campaign, asOf));
        List<object> read;
        await using (var conn = await runtime.DataSource.OpenConnectionAsync())
            read = [.. (await runtime.Reader.ReadEachStreamAsync(conn, null, await EventReader.StreamIdsAsync(conn, prefixes), asOf)).Select(e => e.Data)];
        var inMemory = await MedianMs(() =>
        {
            var f = new SnapshotFolder(campaign);
            foreach (var e in read) f.Evolve(e);
            return Task.CompletedTask;
        });
        var folder = new SnapshotFolder(campaign);
        foreach (var e in read) folder.Evolve(e);
        CampaignSnapshot? snapshot = null;
        var lists = await MedianMs(() => { snapshot = folder.Snapshot(); return Task.CompletedTask; });
        var compute = await MedianMs(() => { CampaignAnalytics.Compute(snapshot!, CampaignAnalytics.DefaultPeriod(snapshot!)); return Task.CompletedTask; });
        var whole = await MedianMs(async () =>
        {
            var s = (await runtime.Snapshots.FoldAsync(campaign, asOf))!;
            CampaignAnalytics.Compute(s, CampaignAnalytics.DefaultPeriod(s));
        });
        return new(events, bytes / 1e6, check, sql, reading, fold, inMemory, lists, compute, whole);
    }

    public static async Task<double> MedianMs(Func<Task> call)
    {
        await call(); // warm: connection pool and JIT
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(2);
    }

    private static async Task<(long Events, long Bytes)> RawReadAsync(string connection, IReadOnlyCollection<string> prefixes, DateTimeOffset asOf)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        var ids = new List<string>();
        await using (var find = new NpgsqlCommand("select stream_id from es_streams where stream_id like any(@p)", conn))
        {
            find.Parameters.AddWithValue("p", prefixes.Select(p => p + "%").ToArray());
            await using var r = await find.ExecuteReaderAsync();
            while (await r.ReadAsync()) ids.Add(r.GetString(0));
        }
        await using var cmd = new NpgsqlCommand("select stream_id, version, type, data::text from es_events where stream_id = any(@ids) and recorded_at <= @asof", conn) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("ids", ids.ToArray());
        cmd.Parameters.AddWithValue("asof", asOf.ToUniversalTime());
        long n = 0, b = 0;
        if (Environment.GetEnvironmentVariable("THIDUA_BENCH_EXPLAIN") == "1")
        {
            await using var explain = new NpgsqlCommand("explain (analyze, buffers) " + cmd.CommandText, conn) { CommandTimeout = 0 };
            explain.Parameters.AddWithValue("ids", ids.ToArray());
            explain.Parameters.AddWithValue("asof", asOf.ToUniversalTime());
            await using var plan = await explain.ExecuteReaderAsync();
            while (await plan.ReadAsync()) Console.Error.WriteLine("    " + plan.GetString(0));
        }
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { n++; b += reader.GetFieldValue<byte[]>(3).Length; }
        return (n, b);
    }
}
