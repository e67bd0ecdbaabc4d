using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;
using ThiDua.Web.Reports;

namespace ThiDua.Tests.Web;

/// <summary>The web app, started on a test server, whose /reports lists a folder of reports the test wrote.</summary>
internal static class ReportsFolderWebApp
{
    public static async Task<WebApplication> StartAsync(string connectionString, string folder)
    {
        var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            DashboardsDirectory = Path.Combine(SeedFiles.RepositoryRoot, "dashboards"),
            ConfigureBuilder = b =>
            {
                b.WebHost.UseTestServer();
                b.Services.AddSingleton<IReportsView>(new FolderReportsView(folder));
            },
        });
        await app.StartAsync();
        return app;
    }
}
