using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDua.Web;
using ThiDua.Web.Jobs;

namespace ThiDua.Cli.Serving;

/// <summary>Runs the web app until Ctrl+C (or the command's cancellation).</summary>
public static class WebHosting
{
    /// <summary>Where scheduled and demo reports are written: THIDUA_REPORTS, else THIDUA_HOME/reports.</summary>
    public static string ReportsDirectory =>
        Environment.GetEnvironmentVariable("THIDUA_REPORTS") is { Length: > 0 } dir ? dir : Path.Combine(EventStore.LocalServer.LocalPostgres.DefaultHome, "reports");

    public static async Task RunAsync(string connectionString, string urls, CancellationToken ct)
    {
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            Urls = urls,
            // This process is a node of the clustered scheduler too: projections, monthly and summary reports.
            ConfigureBuilder = b =>
            {
                b.Services.AddThiDuaScheduling(connectionString, ReportsDirectory);
                // One line per request is noise for an operator; warnings and errors stay.
                b.Logging.AddFilter("Microsoft.AspNetCore", Microsoft.Extensions.Logging.LogLevel.Warning);
            },
        }, ct);
        await app.StartAsync(ct);
        Console.WriteLine($"ThiDua đang chạy tại / listening on: {string.Join(", ", app.Urls)} — Ctrl+C để dừng / to stop");
        try
        {
            await app.WaitForShutdownAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal end.
        }
        await app.StopAsync(CancellationToken.None);
    }

    public static System.CommandLine.Option<string> UrlsOption() => new("--urls")
    {
        Description = $"Địa chỉ lắng nghe / listen URLs (mặc định / default {ThiDuaWebOptions.DefaultUrls}; chỉ máy này / loopback only)",
        DefaultValueFactory = _ => ThiDuaWebOptions.DefaultUrls,
    };
}
