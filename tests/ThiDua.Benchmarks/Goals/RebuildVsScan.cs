using System.Diagnostics;
using System.Globalization;
using ThiDua.Benchmarks.Harness;
using ThiDua.Hosting;

namespace ThiDua.Benchmarks.Goals;

/// <summary>P2: rebuild every projection from all the events, against a bare scan + JSON deserialise of the same events.</summary>
public static class RebuildVsScan
{
    public static async Task<GoalResult> RunAsync(string connection, string id = "P2") => (await MeasureAsync(connection, id)).Result;

    /// <summary>The goal and the rebuild's seconds per event, which P6 compares its national rebuild against.</summary>
    public static async Task<(GoalResult Result, double SecondsPerEvent)> MeasureAsync(string connection, string id = "P2")
    {
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        var scan = Stopwatch.StartNew();
        long scanned = 0;
        await foreach (var e in runtime.Reader.ReadAllAsync(0)) scanned += e.Data is null ? 0 : 1;
        scan.Stop();

        var rebuild = Stopwatch.StartNew();
        var events = await runtime.RebuildAsync();
        rebuild.Stop();

        var ratio = scan.Elapsed.TotalSeconds / rebuild.Elapsed.TotalSeconds;
        return (new GoalResult(id, $"rebuild all projections from {events:N0} events",
            string.Create(CultureInfo.InvariantCulture, $"{events / rebuild.Elapsed.TotalSeconds:N0} events/s ({rebuild.Elapsed.TotalSeconds:0.0} s)"),
            string.Create(CultureInfo.InvariantCulture, $"scan + deserialise {scanned / scan.Elapsed.TotalSeconds:N0} events/s ({scan.Elapsed.TotalSeconds:0.0} s)"),
            ratio, "≥ 0.30", ratio >= 0.30), rebuild.Elapsed.TotalSeconds / events);
    }
}
