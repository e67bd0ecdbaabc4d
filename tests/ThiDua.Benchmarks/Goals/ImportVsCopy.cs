using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Benchmarks.Harness;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// P1: import N measurement rows from CSV (parse, validate, decide, append events, inline read model, async
/// projections caught up) in a child process (for its peak RSS), against a binary COPY of the same rows into a plain table.
/// </summary>
public static class ImportVsCopy
{
    public sealed record Outcome(GoalResult Result, string Connection, BenchCampaign Campaign);

    /// <param name="implausible">P1w: the same import of figures of which about half raise a plausibility warning
    /// (imported over them: each warned event carries its note).</param>
    public static async Task<Outcome> RunAsync(BenchDatabase server, string workDir, int rows, bool implausible = false)
    {
        var campaign = new BenchCampaign(Path.Combine(workDir, implausible ? $"m{rows}w" : $"m{rows}"), rows, implausible);
        campaign.Write();
        var connection = await server.CreateAsync("import");
        foreach (var kind in new[] { "units", "campaigns", "indicators", "targets" })
            await ChildImport.RunAsync(connection, kind, campaign.PathOf(kind));

        var before = await BenchDatabase.ScalarAsync(connection, "select coalesce(max(seq), 0) from es_events");
        var import = await ChildImport.RunAsync(connection, "measurements", campaign.PathOf("measurements"));

        var parsed = MeasurementRows.Read(campaign.PathOf("measurements"));
        await BenchDatabase.ExecAsync(connection, "create table copy_baseline (campaign text, unit text, indicator text, period int, value numeric, note text)");
        var copy = Stopwatch.StartNew();
        await using (var conn = new NpgsqlConnection(connection))
        {
            await conn.OpenAsync();
            await using var writer = await conn.BeginBinaryImportAsync("copy copy_baseline from stdin (format binary)");
            foreach (var r in parsed)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.Campaign, NpgsqlDbType.Text);
                await writer.WriteAsync(r.Unit, NpgsqlDbType.Text);
                await writer.WriteAsync(r.Indicator, NpgsqlDbType.Text);
                await writer.WriteAsync(r.Period, NpgsqlDbType.Integer);
                await writer.WriteAsync(r.Value, NpgsqlDbType.Numeric);
                await writer.WriteNullAsync();
            }
            await writer.CompleteAsync();
        }
        copy.Stop();

        var floor = await EventLogFloor.MeasureAsync(connection, before);
        // Judged against its floor (the import's own event rows COPYed into an unindexed es_events): one event per row
        // is the design, and a plain table of the rows (the COPY below) is no event store.
        var ratio = floor.Seconds / import.Seconds;
        var rssMb = import.PeakRssKb / 1024.0;
        var what = implausible ? ", about half of them over a plausibility warning" : "";
        var result = new GoalResult(implausible ? "P1w" : "P1", $"import {rows:N0} measurement rows{what} (CSV → events → read models → projections caught up)",
            string.Create(CultureInfo.InvariantCulture, $"{rows / import.Seconds:N0} rows/s, peak RSS {rssMb:N0} MB"),
            string.Create(CultureInfo.InvariantCulture, $"floor: COPY of the import's own {floor.Events:N0} event rows into an unindexed es_events {floor.Seconds:0.0} s"),
            ratio, "≥ 0.30 of the floor, RSS ≤ 300 MB", ratio >= 0.3 && rssMb <= 300,
            string.Create(CultureInfo.InvariantCulture,
                $"import {import.Seconds:0.0} s; the rows themselves by binary COPY into a plain table {copy.Elapsed.TotalSeconds:0.0} s ({rows / copy.Elapsed.TotalSeconds:N0} rows/s, {copy.Elapsed.TotalSeconds / import.Seconds:0.00} of the import)"));
        return new Outcome(result, connection, campaign);
    }
}
