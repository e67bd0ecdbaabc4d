using System.Diagnostics;
using System.Net;
using ThiDua.EventStore.LocalServer;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// A real <c>thidua serve</c> on the embedded cluster while the cluster is stopped (<c>thidua db stop</c>) and started
/// again: 503 with Retry-After and the bilingual message on every route, one log line for the outage, back by itself
/// once the cluster is, and stopped by SIGTERM within seconds while the database is away.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ServeWithoutDatabaseTests(ITestOutputHelper output) : IDisposable
{
    // Under /tmp: as root the cluster lives under /var/lib/thidua anyway.
    private readonly string _home = Path.Combine(Path.GetTempPath(), "thidua-outage-" + Guid.NewGuid().ToString("N")[..8]);

    private Dictionary<string, string?> Environment => new() { ["THIDUA_HOME"] = _home, ["THIDUA_REPORTS"] = Path.Combine(_home, "reports") };

    [Fact]
    public async Task With_the_cluster_stopped_every_route_is_503_logged_once_the_server_comes_back_with_it_and_stops_on_SIGTERM()
    {
        var add = await ThiDuaProcess.RunAsync(["users", "add", "watcher", "--role", "viewer"], Environment);
        add.ExitCode.Should().Be(0, add.ToString());
        using var serve = await ServeProcess.StartAsync(Environment);
        using var client = new HttpClient { BaseAddress = serve.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", add.StdoutLines[^1]);
        (await client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ThiDuaProcess.RunAsync(["db", "stop"], Environment)).ExitCode.Should().Be(0);
        for (var i = 0; i < 10; i++)
        {
            var api = await client.GetAsync("/api/campaigns");
            api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, await api.Content.ReadAsStringAsync());
            api.Headers.RetryAfter!.Delta.Should().BePositive();
            (await api.Content.ReadAsStringAsync()).Should().Contain("the database is unreachable").And.Contain("Không kết nối được cơ sở dữ liệu");
            var page = await client.GetAsync("/");
            page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            page.Headers.RetryAfter.Should().NotBeNull();
            (await page.Content.ReadAsStringAsync()).Should().Contain("Không kết nối được cơ sở dữ liệu");
        }
        serve.Output.Count(l => l.Contains("The database is unreachable", StringComparison.Ordinal)).Should().Be(1, "one line per outage, not per request");
        serve.Output.Should().NotContain(l => l.TrimStart().StartsWith("at ThiDua.Web", StringComparison.Ordinal), "no stack trace per request");

        (await ThiDuaProcess.RunAsync(["db", "start"], Environment)).ExitCode.Should().Be(0);
        var back = await Eventually.WaitUntilAsync(async () => (await client.GetAsync("/api/campaigns")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "serve answering again once the cluster is back");
        output.WriteLine($"answering again {back.TotalSeconds:F1} s after the cluster started");

        (await ThiDuaProcess.RunAsync(["db", "stop"], Environment)).ExitCode.Should().Be(0);
        (await client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var clock = Stopwatch.StartNew();
        serve.Terminate();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await serve.WaitForExitAsync(limit.Token);
        }
        finally
        {
            output.WriteLine(string.Join('\n', serve.Output));
        }
        output.WriteLine($"stopped {clock.Elapsed.TotalSeconds:F1} s after SIGTERM, database down; exit code {serve.ExitCode}");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "a service manager waits for seconds, not minutes");
    }

    public void Dispose()
    {
        var server = new LocalPostgres(_home);
        try
        {
            server.Stop(immediate: true);
        }
        finally
        {
            server.Destroy();
            if (Directory.Exists(_home)) Directory.Delete(_home, recursive: true);
        }
    }
}
