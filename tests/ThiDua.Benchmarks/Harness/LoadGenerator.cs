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
        using var client = new LoadClient(url, connections, headers);
        await client.RunAsync(TimeSpan.FromMilliseconds(200)); // warm up every connection
        return Summarise([await client.RunAsync(duration)]);
    }

    /// <summary>The slices as one measurement: all their requests over all their time, percentiles over all latencies.</summary>
    public static Result Summarise(IReadOnlyList<LoadClient.Slice> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        var all = slices.SelectMany(s => s.LatenciesMs).Order().ToArray();
        double At(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new Result(all.Length, slices.Sum(s => s.Errors), slices.Sum(s => s.Seconds), At(0.50), At(0.95), At(0.99));
    }
}
