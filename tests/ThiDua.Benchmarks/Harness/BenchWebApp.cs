using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ThiDua.Hosting;
using ThiDua.Web;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// The product's web app as the benchmarks host it, and the static baseline beside it: both on a free loopback port
/// and logging as <c>thidua serve</c> does without <c>--verbose</c> (warnings only) — at information level ASP.NET Core
/// writes two lines per request (1.9M lines in one P4 run), and the console, not the product, is then what is measured.
/// </summary>
public static class BenchWebApp
{
    public static ThiDuaWebOptions Options(string connection) => new()
    {
        ConnectionString = connection,
        Urls = "http://127.0.0.1:0",
        ConfigureBuilder = b => b.Logging.AddThiDuaQuiet(),
    };

    /// <summary>A bare Kestrel serving <paramref name="body"/> from memory at the returned URL (the caller disposes the app).</summary>
    public static async Task<(WebApplication App, Uri Url)> StaticAsync(byte[] body, string contentType)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddThiDuaQuiet();
        var app = builder.Build();
        app.MapGet("/static", () => Results.Bytes(body, contentType));
        await app.StartAsync();
        return (app, new Uri(app.Urls.First() + "/static"));
    }

    /// <summary>A viewer's API token, as a client of the pages and the API would send it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ViewerAsync(ThiDuaRuntime runtime, string name)
    {
        var token = (await new ThiDua.Security.UserStore(runtime.DataSource, runtime.Clock).AddAsync(name, ThiDua.Security.Role.Viewer, null)).Token;
        return new Dictionary<string, string> { ["Authorization"] = "Bearer " + token };
    }
}
