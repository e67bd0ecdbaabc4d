using System.Diagnostics;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// One side of an interleaved measurement: N keep-alive connections to one URL, held open between slices, each sending
/// GETs back to back for the length of a slice.
/// </summary>
public sealed class LoadClient : IDisposable
{
    private readonly SocketsHttpHandler _handler;
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly int _connections;

    public LoadClient(Uri url, int connections, IReadOnlyDictionary<string, string>? headers = null)
    {
        _url = url;
        _connections = connections;
        _handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _client = new HttpClient(_handler) { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) _client.DefaultRequestHeaders.TryAddWithoutValidation(k, v);
    }

    /// <summary>Latencies (ms) of every request of one slice, the failed ones counted, and the slice's length.</summary>
    public sealed record Slice(double[] LatenciesMs, long Errors, double Seconds)
    {
        public double PerSecond => LatenciesMs.Length / Seconds;
    }

    public async Task<Slice> RunAsync(TimeSpan duration)
    {
        var latencies = new List<double>[_connections];
        long errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, _connections).Select(async c =>
        {
            var mine = latencies[c] = new List<double>(100_000);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await _client.GetAsync(_url, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
        }));
        clock.Stop();
        return new Slice(latencies.SelectMany(l => l).ToArray(), errors, clock.Elapsed.TotalSeconds);
    }

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }
}
