using System.Diagnostics;

namespace ThiDua.Benchmarks.Harness;

/// <summary>A bounded closed-loop load on loopback: N connections each sending GETs back to back for a fixed time.</summary>
public static class LoadGenerator
{
    public sealed record Result(long Requests, long Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms)
    {
        public double PerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(Uri url, int connections, TimeSpan duration, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) client.DefaultRequestHeaders.TryAddWithoutValidation(k, v);
        for (var i = 0; i < connections; i++) (await client.GetAsync(url)).Dispose(); // warm up every connection
        var latencies = new List<double>[connections];
        long errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            var mine = latencies[c] = new List<double>(100_000);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }));
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new Result(all.Length, errors, clock.Elapsed.TotalSeconds, At(0.50), At(0.95), At(0.99));
    }
}
