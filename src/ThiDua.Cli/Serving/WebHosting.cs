using Microsoft.Extensions.Hosting;
using ThiDua.Web;

namespace ThiDua.Cli.Serving;

/// <summary>Runs the web app until Ctrl+C (or the command's cancellation).</summary>
public static class WebHosting
{
    public static async Task RunAsync(string connectionString, string urls, CancellationToken ct)
    {
        await using var app = await ThiDuaWebApp.BuildAsync(new ThiDuaWebOptions { ConnectionString = connectionString, Urls = urls }, ct);
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
