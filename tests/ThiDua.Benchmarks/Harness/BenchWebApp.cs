using Microsoft.Extensions.Logging;
using ThiDua.Web;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// The product's web app as the benchmarks host it: on a free loopback port and logging warnings only, as
/// <c>thidua serve</c> does without <c>--verbose</c> — at information level ASP.NET Core writes two lines per
/// request (1.9M lines in one P4 run), and the console, not the product, is then what is measured.
/// </summary>
public static class BenchWebApp
{
    public static ThiDuaWebOptions Options(string connection) => new()
    {
        ConnectionString = connection,
        Urls = "http://127.0.0.1:0",
        ConfigureBuilder = b => b.Logging.SetMinimumLevel(LogLevel.Warning),
    };
}
