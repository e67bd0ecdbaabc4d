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

    /// <summary>
    /// Where the import page keeps a checked file until "Nhập chính thức": THIDUA_UPLOADS, else a folder in the temp
    /// folder. Nodes behind one load balancer share it (as they share THIDUA_REPORTS), so any node finds the file.
    /// </summary>
    public static string? UploadsDirectory => Environment.GetEnvironmentVariable("THIDUA_UPLOADS") is { Length: > 0 } dir ? dir : null;

    /// <param name="readConnectionString">A hot standby for pages and GET APIs (<c>serve --read-database</c>); the scheduler stays on the primary.</param>
    /// <param name="localDatabase">The database is the embedded local cluster: the outage page says how to start it again.</param>
    public static async Task RunAsync(string connectionString, string urls, bool verbose, CancellationToken ct, string? readConnectionString = null,
        bool localDatabase = false, IReadOnlyList<System.Net.IPNetwork>? trustedProxies = null)
    {
        // A port in use is said in one bilingual line (Program.cs), before the host would log its own stack trace for it.
        ListenPorts.EnsureFree(urls);
        // The scheduler writes its reports there: a folder that cannot be made is said now, in both languages, not by the
        // host's "Hosting failed to start" and a stack trace.
        EnsureReportsDirectory();
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions
        {
            ConnectionString = connectionString,
            ReadConnectionString = readConnectionString,
            Urls = urls,
            LocalDatabase = localDatabase,
            UploadsDirectory = UploadsDirectory,
            TrustedProxies = trustedProxies ?? [],
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
        if ((trustedProxies ?? []).Count == 0 && ListenPorts.PlainHttpOnNetwork(urls) is { } open)
            Console.Error.WriteLine($"Cảnh báo / warning: {open} mở cho các máy khác mà không mã hóa (HTTP): mật khẩu và cookie phiên đi qua mạng dạng rõ. "
                + "Đặt một proxy TLS phía trước và khai báo nó trong THIDUA_TRUSTED_PROXIES (docs/security.md). / "
                + "serves other machines without encryption: passwords and session cookies cross the network in clear. "
                + "Put a TLS reverse proxy in front and name it in THIDUA_TRUSTED_PROXIES (docs/security.md).");
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

    private static void EnsureReportsDirectory()
    {
        var folder = ReportsDirectory;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            var (vi, en) = ThiDua.EventStore.LocalServer.FolderProblem.Cause(e);
            throw new IOException($"Không tạo được thư mục báo cáo {folder} ({vi}). Đặt THIDUA_REPORTS (hoặc THIDUA_HOME) là thư mục ghi được rồi chạy lại. / "
                + $"cannot create the reports folder {folder} ({en}). Set THIDUA_REPORTS (or THIDUA_HOME) to a folder you can write and run again.", e);
        }
    }

    public static System.CommandLine.Option<bool> VerboseOption() => new("--verbose")
    {
        Description = "Ghi đủ nhật ký (khởi động, từng yêu cầu) / log everything (start-up, every request); mặc định chỉ cảnh báo và lỗi / default: warnings and errors only",
    };

    public static System.CommandLine.Option<string> UrlsOption() => new("--urls")
    {
        Description = $"Địa chỉ lắng nghe / listen URLs (mặc định / default {ThiDuaWebOptions.DefaultUrls}; chỉ máy này / loopback only)",
        DefaultValueFactory = _ => ThiDuaWebOptions.DefaultUrls,
        // A usage error (exit 2) before the database is opened: Kestrel would refuse it only once the host starts,
        // logging "Hosting failed to start" with a stack trace.
        Validators = { r =>
        {
            if (r.GetValueOrDefault<string>() is { } given && ListenPorts.NotListenUrl(given) is { } bad)
                Usage.UsageMessages.Add(r,
                    $"--urls phải là địa chỉ http:// hoặc https://, ví dụ --urls http://127.0.0.1:5080; nhiều địa chỉ cách nhau bằng ';' (nhận được '{bad}').",
                    $"--urls must be an http:// or https:// address, e.g. --urls http://127.0.0.1:5080; several are separated by ';' (got '{bad}').");
        } },
    };
}
