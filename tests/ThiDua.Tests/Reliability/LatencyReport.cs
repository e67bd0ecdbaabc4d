using System.Globalization;
using System.Text;

namespace ThiDua.Tests.Reliability;

/// <summary>Latency percentiles (nearest rank) and throughput of one route, or of all of them.</summary>
public sealed record LatencyReport(string Route, int Requests, double RequestsPerSecond, double P50, double P95, double P99, double Max)
{
    public static LatencyReport Of(string route, IReadOnlyCollection<double> milliseconds, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyReport(route, sorted.Length, sorted.Length / duration.TotalSeconds, At(0.50), At(0.95), At(0.99), sorted.LastOrDefault());
    }

    public static string Table(IEnumerable<LatencyReport> reports, string heading)
    {
        var sb = new StringBuilder(heading).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"{"route",-36} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}\n");
        foreach (var r in reports)
            sb.Append(CultureInfo.InvariantCulture, $"{r.Route,-36} {r.Requests,9} {r.RequestsPerSecond,8:F1} {r.P50,8:F1} {r.P95,8:F1} {r.P99,8:F1} {r.Max,8:F1}\n");
        return sb.ToString();
    }
}
