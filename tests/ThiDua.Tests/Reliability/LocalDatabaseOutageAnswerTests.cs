using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using ThiDua.Hosting;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Web;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// On the embedded local database nothing starts a stopped cluster again but <c>thidua db start</c>: the 503 answer
/// says so, besides "ThiDua reconnects by itself once it is back"; an import's answer also says what became of its file.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LocalDatabaseOutageAnswerTests : IDisposable
{
    private readonly PrivatePostgres _postgres = new();

    [Fact]
    public async Task With_the_local_database_stopped_the_503_page_says_to_run_thidua_db_start()
    {
        var (app, client) = await StartAsync(Role.Viewer);
        await using var _ = app;
        (await client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);

        _postgres.Stop();
        var api = await client.GetAsync("/api/campaigns");
        var page = await client.GetAsync("/");

        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await api.Content.ReadAsStringAsync()).Should().Contain("if the local database was stopped, run").And.Contain("thidua db start")
            .And.NotContain("nothing of this file was written", "only an import is told about its file");
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Nếu cơ sở dữ liệu cục bộ đã dừng: chạy").And.Contain("thidua db start");
    }

    [Fact]
    public async Task The_health_check_a_load_balancer_polls_is_200_without_sign_in_and_503_once_the_database_is_gone()
    {
        var (app, _) = await StartAsync(Role.Viewer);
        await using var __ = app;
        using var balancer = app.GetTestClient();

        var up = await balancer.GetAsync("/health");
        _postgres.Stop();
        var down = await balancer.GetAsync("/health");

        up.StatusCode.Should().Be(HttpStatusCode.OK);
        (await up.Content.ReadAsStringAsync()).Should().Be("ok\n");
        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task An_import_sent_while_the_database_is_away_is_told_nothing_of_its_file_was_written_and_to_send_it_again()
    {
        var (app, client) = await StartAsync(Role.Analyst);
        await using var _ = app;

        _postgres.Stop();
        var response = await Web.CsvUpload.PostAsync(client, "/api/imports/units", "code;name;kind;parent;cluster\nOUT1;Đơn vị;collective;;\n");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("the database is unreachable")
            .And.Contain("Không có gì từ tệp này được ghi").And.Contain("nothing of this file was written; import it again once the database is back");
    }

    private async Task<(WebApplication App, HttpClient Client)> StartAsync(Role role)
    {
        var connectionString = await _postgres.CreateDatabaseAsync("outage");
        string token;
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connectionString))
            token = await TestUsers.AddAsync(runtime.DataSource, "outage-" + role.ToString().ToLowerInvariant(), role);
        var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            LocalDatabase = true,
            DashboardsDirectory = Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            UploadsDirectory = Path.Combine(Path.GetTempPath(), "thidua-test-uploads"),
            ConfigureBuilder = b =>
            {
                b.WebHost.UseTestServer();
                b.Logging.SetMinimumLevel(LogLevel.Warning);
            },
        });
        await app.StartAsync();
        return (app, app.GetTestClient().WithToken(token));
    }

    public void Dispose() => _postgres.Dispose();
}
