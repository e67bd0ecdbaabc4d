using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using ThiDua.Tests.Cli;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// 32 concurrent loopback connections for 30 s (THIDUA_LOAD_SECONDS) against the campaign page and the ranking API of
/// the seeded database on Kestrel: every response is a 200. Latency percentiles and throughput are reported (test
/// output and TestResults/load.txt beside the test assembly), not asserted: the machine decides them.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LoadTests(SeededDatabase db, ITestOutputHelper output) : IClassFixture<SeededDatabase>
{
    private const int Connections = 32;
    private const string Campaign = "BK2022";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("THIDUA_LOAD_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 30);

    [Fact]
    public async Task Thirty_two_connections_on_the_dashboard_page_and_ranking_api_get_only_200s()
    {
        await using (var runtime = await db.OpenRuntimeAsync()) await runtime.Daemon.CatchUpAsync();
        await using var web = await KestrelWebApp.StartAsync(db.ConnectionString);
        using var client = web.CreateClient(Connections);
        string[] routes = [$"/campaigns/{Campaign}", $"/api/campaigns/{Campaign}/ranking"];
        foreach (var route in routes) (await client.GetAsync(route)).StatusCode.Should().Be(HttpStatusCode.OK, "warm-up of {0}", route);

        var latencies = routes.ToDictionary(r => r, _ => new ConcurrentBag<double>());
        var failures = new ConcurrentBag<string>();
        // A hard stop besides the clock, so the run ends by itself whatever happens.
        using var stop = new CancellationTokenSource(Duration + TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < Duration && !stop.IsCancellationRequested; i++)
            {
                var route = routes[i % routes.Length];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(route, HttpCompletionOption.ResponseContentRead, stop.Token);
                    if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{route} → {(int)response.StatusCode}");
                    latencies[route].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Add($"{route} → {e.GetType().Name}: {e.Message}");
                }
            }
        })));
        var elapsed = clock.Elapsed;

        var reports = routes.Select(r => LatencyReport.Of(r, latencies[r], elapsed))
            .Append(LatencyReport.Of("all", latencies.Values.SelectMany(l => l).ToList(), elapsed)).ToList();
        var table = LatencyReport.Table(reports,
            $"Load: {Connections} connections, {elapsed.TotalSeconds:F1} s, {failures.Count} failures, {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:u}");
        output.WriteLine(table);
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "load.txt"), table);

        failures.Should().BeEmpty();
        reports[^1].Requests.Should().BeGreaterThan(0);
    }
}
