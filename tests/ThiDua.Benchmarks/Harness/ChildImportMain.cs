using System.Diagnostics;
using System.Globalization;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Benchmarks.Harness;

/// <summary>The child side: import, catch the projections up, print "seconds peakRssKb".</summary>
public static class ChildImportMain
{
    public static async Task<int> RunAsync(string connection, string kind, string file)
    {
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        ImportKindNames.TryParse(kind, out var importKind);
        var (clock, start) = (Stopwatch.StartNew(), ProcessCounters.Now());
        await BenchImport.FileAsync(runtime, importKind, file);
        var imported = clock.Elapsed;
        var importRss = PeakRss.Kb();
        var (importPauses, importCost) = (GC.GetTotalPauseDuration(), ProcessCounters.Now() - start);
        await runtime.Daemon.CatchUpAsync();
        clock.Stop();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import {imported.TotalSeconds:0.00} s (peak {importRss / 1024} MB, GC pauses {importPauses.TotalSeconds:0.00} s in {GC.CollectionCount(0)} collections, {GC.CollectionCount(2)} full; {importCost}), projections {(clock.Elapsed - imported).TotalSeconds:0.00} s (GC pauses {(GC.GetTotalPauseDuration() - importPauses).TotalSeconds:0.00} s; {ProcessCounters.Now() - start - importCost})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0.000} {PeakRss.Kb()}"));
        return 0;
    }
}
