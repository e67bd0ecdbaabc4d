using System.Net;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// <c>thidua serve</c> started while its PostgreSQL is stopped (a boot, a restart of both): it says once that it waits,
/// naming the database, and starts by itself when PostgreSQL does — found by a fault run, where it ended at once
/// ("Failed to connect to …", exit 1) and stayed down. A setting that cannot mend (an unknown host) still ends at once.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ServeWaitsForDatabaseTests : IDisposable
{
    private readonly PrivatePostgres _postgres = new();

    public void Dispose() => _postgres.Dispose();

    [Fact]
    public async Task Serve_started_before_its_database_waits_says_so_once_and_answers_once_the_database_is_up()
    {
        var connectionString = await _postgres.CreateDatabaseAsync("waits");
        _postgres.Stop();

        var starting = Cli.ServeProcess.StartAsync(connectionString);
        await Task.Delay(TimeSpan.FromSeconds(6));
        starting.IsCompleted.Should().BeFalse("serve waits for its database rather than ending (or listening without it)");

        _postgres.Start();
        await using var serve = await starting;
        using var http = new HttpClient { BaseAddress = serve.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        (await http.GetAsync(new Uri("/signin", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        var output = serve.Output;
        output.Split('\n').Count(l => l.Contains("waiting for the database", StringComparison.Ordinal)).Should().Be(1, output);
        output.Should().Contain("Đang chờ cơ sở dữ liệu").And.Contain("Ctrl+C").And.Contain("the database answers, starting")
            .And.NotContain("   at ");
    }

    [Fact]
    public async Task Serve_on_an_unknown_host_does_not_wait_it_ends_with_the_fix()
    {
        var result = await ThiDuaProcess.RunAsync("serve", "--database", "Host=thidua-db.invalid;Port=5432;Database=thidua;Timeout=5", "--urls", "http://127.0.0.1:0");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("unknown host name").And.Contain("Fix Host=").And.NotContain("waiting for the database");
    }
}
