using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web;
using ThiDua.Web.Reports;

namespace ThiDua.Tests.Web;

/// <summary>The web app, started on a test server, whose /reports lists a folder of reports the test wrote (<see cref="WriteMonthly"/>).</summary>
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

    /// <summary>A monthly report as the report job leaves it: its HTML (empty) and its description, no PDF.</summary>
    public static void WriteMonthly(string folder, string campaign, string month, string cutOff)
    {
        var name = $"{campaign}-{month}-monthly";
        File.WriteAllText(Path.Combine(folder, name + ".html"), "<html></html>");
        File.WriteAllText(Path.Combine(folder, name + ".json"), $$"""
            {"campaign": "{{campaign}}", "campaign_name": "Phong trào {{campaign}}", "kind": "monthly", "month": "{{month}}",
             "cut_off": "{{cutOff}}", "html": "{{name}}.html", "pdf": null, "pdf_problem": "không in / not printed"}
            """);
    }
}
