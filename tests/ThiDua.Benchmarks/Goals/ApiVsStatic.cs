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
/// same JSON precomputed in memory, both on Kestrel on this machine, same load generator, same request (token included).
/// The two are measured in alternating slices, so load from elsewhere on the machine falls on both alike.
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

        var (staticApp, staticUrl) = await BenchWebApp.StaticAsync(json, StoredJsonType);
        await using var _ = staticApp;
        var headers = await SameAnswerAsync(probe, apiUrl, staticUrl, json);
        // P4_ONLY=api|static: load one side alone for 25 s first, for a profiler to attach (README, P4 profile).
        if (Environment.GetEnvironmentVariable("P4_ONLY") is { } only)
        {
            Console.Error.WriteLine("PROFILE-START");
            var r = await LoadGenerator.RunAsync(only == "api" ? apiUrl : staticUrl, 32, TimeSpan.FromSeconds(25), auth);
            Console.Error.WriteLine($"PROFILE {only} {r.PerSecond:N0}");
        }

        // Both servers run; each side gets 30 slices of 0.5 s, alternating, after the same warm-up (README, P4): the
        // other work on a shared machine changes within seconds, and longer slices let it fall on one side only.
        var run = await InterleavedLoad.RunAsync(staticUrl, apiUrl, 32, time, slices: 30, auth);
        var (baseline, api) = (run.Baseline, run.Subject);
        var ratio = run.Ratio;
        var slices = run.SliceRatios.Order().ToArray();
        return new GoalResult("P4", $"GET /api/campaigns/{Campaign}/ranking, 32 connections, {time.TotalSeconds:0} s",
            string.Create(CultureInfo.InvariantCulture, $"{api.PerSecond:N0} req/s, p95 {api.P95Ms:0.0} ms, errors {api.Errors}"),
            string.Create(CultureInfo.InvariantCulture, $"static JSON {baseline.PerSecond:N0} req/s, p95 {baseline.P95Ms:0.0} ms"),
            ratio, "≥ 0.80, p95 reported", ratio >= 0.80 && api.Errors == 0,
            string.Create(CultureInfo.InvariantCulture,
                $"interleaved {run.Slices} × {run.Slice.TotalSeconds:0.0} s a side, slice ratios {slices[0]:0.00}–{slices[^1]:0.00}, middle half {slices[slices.Length / 4]:0.00}–{slices[slices.Length * 3 / 4]:0.00} (median {slices[slices.Length / 2]:0.00}); p50 {api.P50Ms:0.0} ms, p99 {api.P99Ms:0.0} ms; {json.Length:N0} B body, headers {headers}"));
    }

    private const string StoredJsonType = "application/json; charset=utf-8";

    /// <summary>
    /// The baseline is only fair if it answers what the API answers: the same body bytes and content type, over plain
    /// HTTP on the same loopback. Returns the header lines each sends (the API's security headers and ETag are its cost).
    /// </summary>
    private static async Task<string> SameAnswerAsync(HttpClient probe, Uri api, Uri baseline, byte[] body)
    {
        using var a = await probe.GetAsync(api);
        using var b = await probe.GetAsync(baseline);
        var (aBody, bBody) = (await a.Content.ReadAsByteArrayAsync(), await b.Content.ReadAsByteArrayAsync());
        if (!aBody.AsSpan().SequenceEqual(body) || !bBody.AsSpan().SequenceEqual(body)
            || a.Content.Headers.ContentType?.ToString() != b.Content.Headers.ContentType?.ToString() || api.Scheme != baseline.Scheme)
            throw new InvalidOperationException("P4: the static baseline does not answer what the API answers");
        static int Bytes(HttpResponseMessage r) => r.Headers.Concat(r.Content.Headers).Sum(h => h.Key.Length + 4 + string.Join(", ", h.Value).Length);
        return string.Create(CultureInfo.InvariantCulture, $"{Bytes(a)} B (API) / {Bytes(b)} B (static)");
    }
}
