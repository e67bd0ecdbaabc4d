using System.Globalization;
using ThiDua.Analytics.Output;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// Guarantee: asking "as of" an instant answers what a database holding only the events recorded up to that
/// instant answers now — checked against a second database into which exactly those events are copied and replayed.
/// </summary>
public sealed class AsOfEqualsReplayTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task As_of_an_instant_equals_replaying_the_events_recorded_up_to_it()
    {
        var clock = new ManualClock(Start);
        await using var runtime = await db.OpenRuntimeAsync(clock);
        foreach (var (kind, file) in SeedFiles.InOrder.Where(f => f.Kind != ImportKind.Ratings))
            await ImportAsync(runtime, kind, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, file)), file);
        clock.Advance(TimeSpan.FromDays(1));
        await ImportAsync(runtime, ImportKind.Ratings, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, "ratings.csv")), "ratings.csv");
        await ImportAsync(runtime, ImportKind.Measurements, await CorrectedMeasurementsAsync(skip: 0, factor: 0.9m), "sua-1.csv");
        clock.Advance(TimeSpan.FromDays(1));
        await ImportAsync(runtime, ImportKind.Measurements, await CorrectedMeasurementsAsync(skip: 60, factor: 0.8m), "sua-2.csv");
        await runtime.Daemon.CatchUpAsync();

        foreach (var instant in new[] { Start.AddHours(12), Start.AddDays(1).AddHours(12) })
        {
            var replica = new ProductDatabase();
            await replica.InitializeAsync();
            try
            {
                await CopyEventsAsync(db, replica, instant);
                await using var replayed = await replica.OpenRuntimeAsync(clock);
                await replayed.RebuildAsync();

                var asOf = await OutputsAsync(runtime, instant);
                asOf.Should().Equal(await OutputsAsync(replayed, asOf: null), $"as of {instant:O}");
                asOf.Should().NotEqual(await OutputsAsync(runtime, asOf: null), "the later corrections change the numbers");
            }
            finally
            {
                await replica.DisposeAsync();
            }
        }
    }

    private static async Task ImportAsync(ThiDuaRuntime runtime, ImportKind kind, string csv, string file)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, fileName: file, acceptWarnings: true); // the seed, as the demo imports it
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
    }

    // 60 seed measurements with their values scaled: corrections recorded later than the originals.
    private static async Task<string> CorrectedMeasurementsAsync(int skip, decimal factor)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(SeedFiles.Directory, "measurements.csv"));
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var rows = lines.Skip(1 + skip).Take(60).Select(line =>
        {
            var cells = line.Split(';');
            var value = decimal.Parse(cells[4].Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            cells[4] = Math.Round(value * factor, 2, MidpointRounding.AwayFromZero).ToString("0.##", vi);
            return string.Join(';', cells);
        });
        return string.Join('\n', rows.Prepend(lines[0])) + "\n";
    }

    private static async Task CopyEventsAsync(ProductDatabase from, ProductDatabase to, DateTimeOffset upTo)
    {
        var rows = await StoreProbe.CopyOutAsync(from.DataSource,
            $"select seq, event_id, stream_id, version, type, data, metadata, recorded_at from es_events where recorded_at <= '{upTo:O}' order by seq");
        await using var conn = await to.DataSource.OpenConnectionAsync();
        await using (var writer = await conn.BeginTextImportAsync("copy es_events (seq, event_id, stream_id, version, type, data, metadata, recorded_at) from stdin"))
            await writer.WriteAsync(rows);
        await using var streams = new Npgsql.NpgsqlCommand("""
            insert into es_streams (stream_id, version, created_at) select stream_id, max(version), min(recorded_at) from es_events group by stream_id;
            select setval('es_event_seq', (select max(seq) from es_events));
            """, conn);
        await streams.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> OutputsAsync(ThiDuaRuntime runtime, DateTimeOffset? asOf)
    {
        var outputs = new List<string>();
        foreach (var code in new[] { "BK2021-BAUCU", "LS2021", "LS2021-TTTT", "KG2021", "BK2022" })
        {
            outputs.Add(AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(code, null, asOf)).Rows));
            outputs.Add(AnalyticsCsv.Attainment((await runtime.Analytics.AttainmentAsync(code, null, asOf)).Rows));
            outputs.Add(AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync(code, asOf)).Rows));
        }
        return outputs;
    }
}
