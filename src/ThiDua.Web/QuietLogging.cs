using Microsoft.Extensions.Logging;

namespace ThiDua.Web;

/// <summary>
/// How a node logs without <c>--verbose</c>: warnings and errors only. The request log's category is off entirely —
/// with it enabled at any level the host starts a diagnostic activity and a log scope for every request (≈ 1 % of an
/// API call's CPU in benchmark P4) to serve lines it would not print. An attached tracing listener still gets its
/// activities; <c>--verbose</c> leaves the category on and prints a line per request.
/// </summary>
public static class QuietLogging
{
    public static ILoggingBuilder AddThiDuaQuiet(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        return logging;
    }
}
