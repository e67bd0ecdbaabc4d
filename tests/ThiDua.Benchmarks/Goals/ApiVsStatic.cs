using Microsoft.Extensions.Logging;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using ThiDua.Benchmarks.Harness;
using ThiDua.Hosting;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// P4: requests/s of <c>GET /api/campaigns/{c}/ranking</c> at 32 connections, against a static endpoint serving the
/// same JSON precomputed in memory, both on Kestrel on this machine, same load generator.
/// </summary>
public static class ApiVsStatic
{
    private const string Campaign = "BK2022";

    public static async Task<GoalResult> RunAsync(BenchDatabase server, TimeSpan? duration = null)
    {
        var time = duration ?? TimeSpan.FromSeconds(15);
        var connection = await server.CreateAsync("api");
        IReadOnlyDictionary<string, string> auth;
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connection))
        {
            foreach (var (kind, file) in SeedFiles.InOrder) await BenchImport.FileAsync(runtime, kind, Path.Combine(SeedFiles.Directory, file));
            await runtime.Daemon.CatchUpAsync();
            auth = await BenchWebApp.ViewerAsync(runtime, "bench");
        }
        await using var app = await ThiDuaWebApp.BuildAsync(BenchWebApp.Options(connection));
        await app.StartAsync();
        var apiUrl = new Uri(app.Urls.First() + $"/api/campaigns/{Campaign}/ranking");
        using var probe = new HttpClient();
        probe.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", auth["Authorization"]);
        var json = await probe.GetByteArrayAsync(apiUrl);

        var (staticApp, staticUrl) = await BenchWebApp.StaticAsync(json, "application/json; charset=utf-8");
        await using var _ = staticApp;

        var baseline = await LoadGenerator.RunAsync(staticUrl, 32, time);
        var api = await LoadGenerator.RunAsync(apiUrl, 32, time, auth);
        var ratio = api.PerSecond / baseline.PerSecond;
        return new GoalResult("P4", $"GET /api/campaigns/{Campaign}/ranking, 32 connections, {time.TotalSeconds:0} s",
            string.Create(CultureInfo.InvariantCulture, $"{api.PerSecond:N0} req/s, p95 {api.P95Ms:0.0} ms, errors {api.Errors}"),
            string.Create(CultureInfo.InvariantCulture, $"static JSON {baseline.PerSecond:N0} req/s, p95 {baseline.P95Ms:0.0} ms"),
            ratio, "≥ 0.80, p95 reported", ratio >= 0.80 && api.Errors == 0,
            string.Create(CultureInfo.InvariantCulture, $"p50 {api.P50Ms:0.0} ms, p99 {api.P99Ms:0.0} ms"));
    }
}
