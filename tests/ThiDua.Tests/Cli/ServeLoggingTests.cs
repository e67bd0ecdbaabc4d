using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>What an operator sees from <c>thidua serve</c>: quiet by default, everything with <c>--verbose</c>.</summary>
public class ServeLoggingTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task By_default_serve_prints_no_info_lines_not_at_start_nor_for_a_refused_request()
    {
        await using var serve = await ServeProcess.StartAsync(db.ConnectionString);

        using var http = new HttpClient { BaseAddress = serve.BaseAddress };
        (await http.GetAsync(new Uri("/api/campaigns", UriKind.Relative))).StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        await Task.Delay(TimeSpan.FromSeconds(1)); // let a log line of the refusal reach the output, if one were written

        serve.Output.Should().Contain("listening on");
        serve.Output.Should().NotContain("info:");
    }

    [Fact]
    public async Task With_verbose_serve_logs_the_scheduler_start_and_each_request()
    {
        await using var serve = await ServeProcess.StartAsync(db.ConnectionString, "--verbose");

        using var http = new HttpClient { BaseAddress = serve.BaseAddress };
        await http.GetAsync(new Uri("/api/campaigns", UriKind.Relative));

        await Eventually.WaitUntilAsync(() => Task.FromResult(serve.Output.Contains("/api/campaigns", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "a log line for the request");
        serve.Output.Should().Contain("info: Quartz");
    }
}
