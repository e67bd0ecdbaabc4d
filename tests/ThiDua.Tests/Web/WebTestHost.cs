using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;

namespace ThiDua.Tests.Web;

/// <summary>The real web app on the in-memory TestServer, against a test database, with the repository's dashboards.</summary>
public static class WebTestHost
{
    public static async Task<WebApplication> StartAsync(string connectionString, ThiDua.Web.Security.SecurityLimits? limits = null, string? dashboards = null)
    {
        var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            DashboardsDirectory = dashboards ?? Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            UploadsDirectory = Path.Combine(Path.GetTempPath(), "thidua-test-uploads"),
            Limits = limits ?? new(),
            ConfigureBuilder = b =>
            {
                b.WebHost.UseTestServer();
                // test.sh shows each test's output: six info lines per request would bury the progress lines.
                b.Logging.SetMinimumLevel(LogLevel.Warning);
            },
        });
        await app.StartAsync();
        return app;
    }
}
