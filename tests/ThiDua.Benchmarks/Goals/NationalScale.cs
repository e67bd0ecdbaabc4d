using System.Diagnostics;
using System.Globalization;
using ThiDua.Benchmarks.Harness;
using ThiDua.Hosting;
using ThiDua.Web;
using static System.FormattableString;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// P6, a whole country on one PostgreSQL: 34 provinces × 10 yearly campaigns × 100 units × 50 indicators × 12 months
/// (20.4M measurement events) imported through the real importer, a province per child process; then a full rebuild
/// in a child; then the biggest campaign's ranking API and page under 8 concurrent clients, and an "as of" ranking
/// five years back. Every phase's peak RSS is its own process's.
/// </summary>
public static class NationalScale
{
    public static async Task<IReadOnlyList<GoalResult>> RunAsync(BenchDatabase server, string work, int provinces, int years, double p2PerEventSeconds)
    {
        var connection = await server.CreateAsync("national");
        var directory = Path.Combine(work, "national");
        var data = new NationalData(directory, provinces, years);
        data.WriteShared();
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connection))
        {
            await BenchImport.FileAsync(runtime, Import.Parsing.ImportKind.Units, data.PathOf("units"));
            await BenchImport.FileAsync(runtime, Import.Parsing.ImportKind.Campaigns, data.PathOf("campaigns"));
        }
        double importing = 0, projecting = 0, peakImport = 0;
        long rows = 0;
        var instants = new List<string>();
        for (var p = 1; p <= provinces; p++)
        {
            var r = await ChildProcess.RunAsync($"province {p}", "--child-national", connection, directory, p.ToString(CultureInfo.InvariantCulture), years.ToString(CultureInfo.InvariantCulture));
            importing += double.Parse(r[0], CultureInfo.InvariantCulture);
            projecting += double.Parse(r[1], CultureInfo.InvariantCulture);
            rows += long.Parse(r[2], CultureInfo.InvariantCulture);
            peakImport = Math.Max(peakImport, long.Parse(r[3], CultureInfo.InvariantCulture) / 1024.0);
            if (p == 1) instants.AddRange(r[4..]);
            Console.Error.WriteLine(Invariant($"  [P6] province {p}/{provinces}: {rows:N0} rows, import {importing:0} s, projections {projecting:0} s, peak {peakImport:0} MB"));
        }
        var results = new List<GoalResult>
        {
            new("P6-import", Invariant($"import {provinces} provinces × {years} campaigns, {rows:N0} measurement rows (+ targets), province by province"),
                Invariant($"{rows / importing:N0} rows/s ({importing:0} s; projections after each year {projecting:0} s), peak RSS {peakImport:0} MB"),
                "—", 0, "peak RSS ≤ 1 GB", peakImport <= 1024),
        };

        var rebuild = await ChildProcess.RunAsync("rebuild", "--child-rebuild", connection);
        var (scanSeconds, scanned, rebuildSeconds, events, rebuildRss) = (double.Parse(rebuild[0], CultureInfo.InvariantCulture), long.Parse(rebuild[1], CultureInfo.InvariantCulture),
            double.Parse(rebuild[2], CultureInfo.InvariantCulture), long.Parse(rebuild[3], CultureInfo.InvariantCulture), long.Parse(rebuild[4], CultureInfo.InvariantCulture) / 1024.0);
        var perEvent = rebuildSeconds / events;
        results.Add(new("P6-rebuild", Invariant($"full projection rebuild from {events:N0} events"),
            Invariant($"{events / rebuildSeconds:N0} events/s ({rebuildSeconds:0} s), peak RSS {rebuildRss:0} MB; per event {perEvent / p2PerEventSeconds:0.00}× P2's"),
            Invariant($"scan + deserialise {scanned / scanSeconds:N0} events/s ({scanSeconds:0} s)"), scanSeconds / rebuildSeconds,
            "≤ 1.5× P2's per-event time, RSS ≤ 1 GB", perEvent <= 1.5 * p2PerEventSeconds && rebuildRss <= 1024));

        results.AddRange(await ServingAsync(connection, NationalData.Campaign(1, data.LastYear)));
        results.Add(await AsOfAsync(connection, NationalData.Campaign(1, Math.Max(NationalData.FirstYear, data.LastYear - 5)), instants, directory));
        var size = await BenchDatabase.ScalarAsync(connection, "select pg_database_size(current_database())");
        results.Add(new("P6-size", "database size", Invariant($"{size / 1e9:0.0} GB, {size / 1e9 / (events / 1e6):0.00} GB per 1M events"), "—", 0, "reported", true));
        return results;
    }

    private static async Task<IEnumerable<GoalResult>> ServingAsync(string connection, string campaign)
    {
        IReadOnlyDictionary<string, string> auth;
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connection))
            auth = await BenchWebApp.ViewerAsync(runtime, "national");
        await using var app = await ThiDuaWebApp.BuildAsync(BenchWebApp.Options(connection));
        await app.StartAsync();
        var time = TimeSpan.FromSeconds(15);
        var api = await LoadGenerator.RunAsync(new Uri(app.Urls.First() + $"/api/campaigns/{campaign}/ranking"), 8, time, auth);
        var page = await LoadGenerator.RunAsync(new Uri(app.Urls.First() + $"/campaigns/{campaign}"), 8, time, auth);
        return
        [
            new("P6-api", Invariant($"GET /api/campaigns/{campaign}/ranking, 8 clients, {time.TotalSeconds:0} s"),
                Invariant($"{api.PerSecond:N0} req/s, p50 {api.P50Ms:0.0} ms, p95 {api.P95Ms:0.0} ms, errors {api.Errors}"), "—", 0, "p95 < 100 ms", api.P95Ms < 100 && api.Errors == 0),
            new("P6-page", Invariant($"GET /campaigns/{campaign}, 8 clients, {time.TotalSeconds:0} s"),
                Invariant($"{page.PerSecond:N0} req/s, p50 {page.P50Ms:0.0} ms, p95 {page.P95Ms:0.0} ms, errors {page.Errors}"), "—", 0, "p95 < 300 ms", page.P95Ms < 300 && page.Errors == 0),
        ];
    }

    // As of the instant right after that campaign's year was imported: nothing the answer is folded from changed since
    // (later years are other campaigns' streams), so the loader proves that against every event of those streams and
    // answers from the registry. The fold from the log, which any change after the instant needs, is timed beside it,
    // phase by phase. Each figure is the median of five calls (the machine is shared); the current-state ranking of
    // the same campaign is the same-run baseline.
    private static async Task<GoalResult> AsOfAsync(string connection, string campaign, IReadOnlyList<string> instants, string directory)
    {
        var year = int.Parse(campaign[^4..], CultureInfo.InvariantCulture);
        var asOf = DateTimeOffset.Parse(instants[year - NationalData.FirstYear], CultureInfo.InvariantCulture);
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        var now = await AsOfPhases.MedianMs(() => runtime.Analytics.RankingAsync(campaign, null, null));
        var rows = 0;
        var asOfMs = await AsOfPhases.MedianMs(async () => rows = (await runtime.Analytics.RankingAsync(campaign, null, asOf)).Rows.Count);
        var phases = await AsOfPhases.MeasureAsync(runtime, connection, campaign, asOf);
        Console.Error.WriteLine("  [P6-asof] " + phases.Describe());
        // Then one of its units renamed now, years after the instant: the campaign is still the registry's, the units
        // are folded from their own streams.
        var renamed = Path.Combine(directory, "renamed-unit.csv");
        await File.WriteAllTextAsync(renamed, $"code;name;kind;parent;cluster\n{NationalData.Province(1)}-U000;Sở, ngành số 0 tỉnh 1 (tên mới);collective;{NationalData.Province(1)};{NationalData.Province(1)}-K0\n");
        await BenchImport.FileAsync(runtime, Import.Parsing.ImportKind.Units, renamed);
        var renamedMs = await AsOfPhases.MedianMs(() => runtime.Analytics.RankingAsync(campaign, null, asOf));
        // Then its December corrected for ten of its units, years after the instant: those ten units' figures are folded
        // from their streams, the rest of the campaign is the registry's.
        var corrected = Path.Combine(directory, "corrections.csv");
        await File.WriteAllTextAsync(corrected, "campaign;unit;indicator;period;value;note\n" + string.Concat(
            from u in Enumerable.Range(0, 10) from i in Enumerable.Range(0, NationalData.Indicators)
            select $"{campaign};{NationalData.Province(1)}-U{u * 10:D3};I{i:D2};{year}-12;{300 + u + i};đính chính\n"));
        await BenchImport.FileAsync(runtime, Import.Parsing.ImportKind.Measurements, corrected);
        var correctedMs = await AsOfPhases.MedianMs(() => runtime.Analytics.RankingAsync(campaign, null, asOf));
        var worst = Math.Max(asOfMs, Math.Max(renamedMs, Math.Max(correctedMs, phases.FoldedRankingMs)));
        return new("P6-asof", Invariant($"ranking of {campaign} as of {asOf:yyyy-MM-dd HH:mm:ss}Z (median of 5)"),
            Invariant($"{asOfMs:0} ms ({rows} units; unchanged since, proved in {phases.CheckMs:0} ms); after a unit renamed later {renamedMs:0} ms; after 10 units' December corrected later {correctedMs:0} ms; folded from all its {phases.Events:N0} events {phases.FoldedRankingMs:0} ms"),
            Invariant($"current-state ranking {now:0} ms"), asOfMs / Math.Max(0.001, now), "every case < 1 s", worst < 1000);
    }
}
