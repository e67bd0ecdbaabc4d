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
/// says so, besides "ThiDua reconnects by itself once it is back".
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LocalDatabaseOutageAnswerTests : IDisposable
{
    private readonly PrivatePostgres _postgres = new();

    [Fact]
    public async Task With_the_local_database_stopped_the_503_page_says_to_run_thidua_db_start()
    {
        var connectionString = await _postgres.CreateDatabaseAsync("outage");
        string token;
        await using (var runtime = await ThiDuaRuntime.OpenAsync(connectionString))
            token = await TestUsers.AddAsync(runtime.DataSource, "outage-watcher", Role.Viewer);
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
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
        using var client = app.GetTestClient().WithToken(token);
        (await client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);

        _postgres.Stop();
        var api = await client.GetAsync("/api/campaigns");
        var page = await client.GetAsync("/");

        api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await api.Content.ReadAsStringAsync()).Should().Contain("if the local database was stopped, run").And.Contain("thidua db start");
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Nếu cơ sở dữ liệu cục bộ đã dừng: chạy").And.Contain("thidua db start");
    }

    public void Dispose() => _postgres.Dispose();
}
