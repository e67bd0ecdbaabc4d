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

    /// <param name="readConnectionString">A hot standby for pages and GET APIs (<c>serve --read-database</c>); the scheduler stays on the primary.</param>
    /// <param name="localDatabase">The database is the embedded local cluster: the outage page says how to start it again.</param>
    public static async Task RunAsync(string connectionString, string urls, bool verbose, CancellationToken ct, string? readConnectionString = null,
        bool localDatabase = false)
    {
        // A port in use is said in one bilingual line (Program.cs), before the host would log its own stack trace for it.
        ListenPorts.EnsureFree(urls);
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            ReadConnectionString = readConnectionString,
            Urls = urls,
            LocalDatabase = localDatabase,
            // This process is a node of the clustered scheduler too: projections, monthly and summary reports.
            ConfigureBuilder = b =>
            {
                b.Services.AddThiDuaScheduling(connectionString, ReportsDirectory);
                // Quiet by default: Quartz's and the host's start-up chatter and a line per refused request are noise
                // for an operator; warnings and errors stay. --verbose shows everything, a line per request included.
                if (verbose) b.Logging.SetMinimumLevel(LogLevel.Information);
                else b.Logging.AddThiDuaQuiet();
                // No colour codes: the console shows escape characters as text (TerminalSafeWriter), a request path's included.
                b.Logging.AddSimpleConsole(o => o.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled);
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

    public static System.CommandLine.Option<bool> VerboseOption() => new("--verbose")
    {
        Description = "Ghi đủ nhật ký (khởi động, từng yêu cầu) / log everything (start-up, every request); mặc định chỉ cảnh báo và lỗi / default: warnings and errors only",
    };

    public static System.CommandLine.Option<string> UrlsOption() => new("--urls")
    {
        Description = $"Địa chỉ lắng nghe / listen URLs (mặc định / default {ThiDuaWebOptions.DefaultUrls}; chỉ máy này / loopback only)",
        DefaultValueFactory = _ => ThiDuaWebOptions.DefaultUrls,
    };
}
