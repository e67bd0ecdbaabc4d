using System.Globalization;
using ThiDua.Benchmarks.Harness;
using ThiDua.Hosting;
using ThiDua.Web;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// W1: the campaign page and one provenance page of P1's 1M-measurement campaign under 8 concurrent clients, against
/// the same bytes served from memory by a bare Kestrel (the static-page baseline), same load tool, same run.
/// </summary>
public static class PagesVsStatic
{
    public static async Task<IReadOnlyList<GoalResult>> RunAsync(string connection, BenchCampaign campaign, TimeSpan? duration = null)
    {
        var time = duration ?? TimeSpan.FromSeconds(10);
        IReadOnlyDictionary<string, string> auth;
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connection))
        {
            await runtime.Daemon.CatchUpAsync();
            auth = await BenchWebApp.ViewerAsync(runtime, "pages");
        }
        await using var app = await ThiDuaWebApp.BuildAsync(BenchWebApp.Options(connection));
        await app.StartAsync();
        var root = app.Urls.First();
        var pages = new[]
        {
            ("campaign page", $"/campaigns/{BenchCampaign.Code}"),
            ("provenance page", $"/campaigns/{BenchCampaign.Code}/units/U000007/indicators/I03/provenance"),
        };
        var results = new List<GoalResult>();
        using var probe = new HttpClient();
        probe.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", auth["Authorization"]);
        foreach (var (name, path) in pages)
        {
            var bytes = await probe.GetByteArrayAsync(new Uri(root + path));
            var (staticApp, staticUrl) = await BenchWebApp.StaticAsync(bytes, "text/html; charset=utf-8");
            LoadGenerator.Result baseline;
            await using (staticApp) baseline = await LoadGenerator.RunAsync(staticUrl, 8, time);
            var served = await LoadGenerator.RunAsync(new Uri(root + path), 8, time, auth);
            var ratio = served.P95Ms / Math.Max(0.001, baseline.P95Ms);
            results.Add(new GoalResult(results.Count == 0 ? "W1-campaign" : "W1-provenance",
                string.Create(CultureInfo.InvariantCulture, $"{name} of the {campaign.Units * BenchCampaign.Indicators * BenchCampaign.Months:N0}-measurement campaign ({bytes.Length / 1024.0:N0} KB), 8 clients, {time.TotalSeconds:0} s"),
                string.Create(CultureInfo.InvariantCulture, $"p50 {served.P50Ms:0.0} ms, p95 {served.P95Ms:0.0} ms, {served.PerSecond:N0} req/s, errors {served.Errors}"),
                string.Create(CultureInfo.InvariantCulture, $"the same bytes from memory: p50 {baseline.P50Ms:0.0} ms, p95 {baseline.P95Ms:0.0} ms"),
                ratio, "p95 < 300 ms (ratio of p95s reported)", served.P95Ms < 300 && served.Errors == 0));
        }
        return results;
    }
}
