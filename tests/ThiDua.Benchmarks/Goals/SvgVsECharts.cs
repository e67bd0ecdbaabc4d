using System.Diagnostics;
using System.Globalization;
using ThiDua.Benchmarks.Harness;
using ThiDua.Charts;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// P5: a 50-bar ranking chart rendered to SVG by our renderer, against Apache ECharts' server-side SVG render of
/// the same chart on Node in the same run, and against ScottPlot's published 14–21 ms per PNG.
/// </summary>
public static class SvgVsECharts
{
    private const double ScottPlotPublishedMs = 14;

    public static async Task<GoalResult> RunAsync(string workDir, int iterations = 2000)
    {
        var chart = new RankingChart("Xếp hạng — 2024-12", Enumerable.Range(0, 50)
            .Select(i => new RankingBar(i + 1, $"U{i:D3}", $"Đơn vị số {i + 1} — Sở Thông tin và Truyền thông", 120m - i * 1.37m)).ToList());
        var renderer = new SvgChartRenderer();
        for (var i = 0; i < 200; i++) renderer.Render(chart);
        var clock = Stopwatch.StartNew();
        long length = 0;
        for (var i = 0; i < iterations; i++) length += renderer.Render(chart).Length;
        clock.Stop();
        var oursUs = clock.Elapsed.TotalMicroseconds / iterations;

        var echartsUs = await EChartsMicrosecondsAsync(workDir);
        var ratio = echartsUs / oursUs;
        var scottRatio = ScottPlotPublishedMs * 1000 / oursUs;
        return new GoalResult("P5", "50-bar ranking chart → SVG",
            string.Create(CultureInfo.InvariantCulture, $"{oursUs:0.0} µs/render"),
            string.Create(CultureInfo.InvariantCulture, $"ECharts SSR {echartsUs:0.0} µs/render; ScottPlot published 14–21 ms/PNG"),
            ratio, "≥ 5× ECharts, ≥ 10× ScottPlot", ratio >= 5 && scottRatio >= 10,
            string.Create(CultureInfo.InvariantCulture, $"{scottRatio:0}× faster than ScottPlot's 14 ms"));
    }

    private static async Task<double> EChartsMicrosecondsAsync(string workDir)
    {
        var dir = Path.Combine(workDir, "echarts");
        Directory.CreateDirectory(dir);
        var source = Path.Combine(AppContext.BaseDirectory, "echarts");
        foreach (var file in new[] { "package.json", "render.mjs" }) File.Copy(Path.Combine(source, file), Path.Combine(dir, file), overwrite: true);
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "echarts")))
            await RunAsync("npm", dir, "install", "--no-audit", "--no-fund", "--silent");
        var output = await RunAsync("node", dir, "render.mjs", "50", "500");
        return double.Parse(output.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string file, string dir, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
