using System.Diagnostics;
using Npgsql;
using ThiDua.Benchmarks.Harness;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// P1's floor: the least an import that writes one event per row can cost — a raw binary COPY of the events the
/// measurement import wrote (same data and metadata documents) into a table shaped like es_events with no index and no constraint.
/// No decision, no read model, no projection: if this alone takes longer than twice the measurement COPY, no design
/// that keeps SPEC's event per measurement reaches P1's 0.5.
/// </summary>
public static class EventLogFloor
{
    public sealed record Result(long Events, double Seconds);

    public static async Task<Result> MeasureAsync(string connection, long afterSeq)
    {
        const string Columns = "seq, event_id, stream_id, version, type, data, metadata, recorded_at";
        await BenchDatabase.ExecAsync(connection, "create table floor_events (like es_events excluding constraints excluding indexes excluding defaults)");
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        // The rows in COPY's binary form, read into a file first (5M rows are over 2 GB, more than a MemoryStream holds;
        // the file stays in the page cache) so the timing is the write alone, as the baseline's.
        var file = Path.Combine(Path.GetTempPath(), $"thidua-floor-{Environment.ProcessId}.bin");
        await using var rows = new FileStream(file, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        await using (var source = await conn.BeginRawBinaryCopyAsync($"copy (select {Columns} from es_events where seq > {afterSeq} order by seq) to stdout (format binary)"))
            await source.CopyToAsync(rows);
        var events = await BenchDatabase.ScalarAsync(connection, $"select count(*) from es_events where seq > {afterSeq}");
        rows.Position = 0;
        var copy = Stopwatch.StartNew();
        await using (var target = await conn.BeginRawBinaryCopyAsync($"copy floor_events ({Columns}) from stdin (format binary)"))
            await rows.CopyToAsync(target);
        copy.Stop();
        // P2 and P3 go on in this database: leave it as the import left it.
        await BenchDatabase.ExecAsync(connection, "drop table floor_events");
        return new Result(events, copy.Elapsed.TotalSeconds);
    }
}
