using System.Diagnostics;
using System.Globalization;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// P6's child processes, each reading its own peak RSS: one province's campaigns imported year by year as an office
/// would (indicators, targets, measurements, then the projections caught up), or a full rebuild after a bare scan.
/// Prints one last line of figures for the parent.
/// </summary>
public static class ChildNationalMain
{
    /// <summary>Prints "importSeconds projectionSeconds rows peakRssKb instantAfterYear…".</summary>
    public static async Task<int> ProvinceAsync(string connection, string directory, int province, int years)
    {
        var own = Path.Combine(directory, NationalData.Province(province));
        var data = new NationalData(own, 34, years);
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        double importing = 0, projecting = 0;
        var instants = new List<string>();
        for (var year = NationalData.FirstYear; year <= data.LastYear; year++)
        {
            data.WriteCampaign(province, year);
            var clock = Stopwatch.StartNew();
            foreach (var kind in new[] { ImportKind.Indicators, ImportKind.Targets, ImportKind.Measurements })
                await BenchImport.FileAsync(runtime, kind, data.PathOf(ImportKindNames.ToCliWord(kind)));
            importing += clock.Elapsed.TotalSeconds;
            clock.Restart();
            await runtime.Daemon.CatchUpAsync();
            projecting += clock.Elapsed.TotalSeconds;
            instants.Add(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }
        Directory.Delete(own, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{importing:0.000} {projecting:0.000} {(long)years * NationalData.UnitsPerProvince * NationalData.Indicators * 12} {PeakRss.Kb()} {string.Join(' ', instants)}"));
        return 0;
    }

    /// <summary>Prints "scanSeconds scanned rebuildSeconds events peakRssKb".</summary>
    public static async Task<int> RebuildAsync(string connection)
    {
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        var clock = Stopwatch.StartNew();
        long scanned = 0;
        await foreach (var e in runtime.Reader.ReadAllAsync(0)) scanned += e.Data is null ? 0 : 1;
        var scan = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var events = await runtime.RebuildAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scan:0.000} {scanned} {clock.Elapsed.TotalSeconds:0.000} {events} {PeakRss.Kb()}"));
        return 0;
    }
}
