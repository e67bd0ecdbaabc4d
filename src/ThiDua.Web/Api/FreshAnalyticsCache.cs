using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThiDua.Analytics.Projecting;
using ThiDua.EventStore.Appending;
using ThiDua.Hosting;
using ThiDua.Periods;

namespace ThiDua.Web.Api;

/// <summary>
/// Keeps the fresh stored analytics JSON in memory while nothing new is appended. It LISTENs for appends: any
/// append empties it; while the listening connection is down, it is not used at all. So it only ever serves what
/// the database would serve, without a round trip per request.
/// </summary>
public sealed class FreshAnalyticsCache(ThiDuaRuntime runtime, ILogger<FreshAnalyticsCache> log) : BackgroundService
{
    private readonly ConcurrentDictionary<(string Campaign, int? Period, string Kind), string> _entries = new();
    private volatile bool _listening;

    public async Task<string?> GetAsync(string campaign, YearMonth? period, string kind, CancellationToken ct)
    {
        var key = (campaign, period?.Index, kind);
        if (_listening && _entries.TryGetValue(key, out var cached)) return cached;
        var listeningBefore = _listening;
        var json = await StoredAnalytics.FreshJsonAsync(runtime.DataSource, campaign, period, kind, ct);
        // Only remember it if we were listening the whole time (no append could have slipped past unseen).
        if (json is not null && listeningBefore && _listening) _entries[key] = json;
        return json;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await runtime.DataSource.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, _) => _entries.Clear();
                await using (var listen = new NpgsqlCommand($"listen {PostgresEventStore.AppendedChannel}", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                _entries.Clear();
                _listening = true;
                while (!stoppingToken.IsCancellationRequested) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                log.LogWarning("Analytics cache listener lost its connection ({Message}); retrying", e.Message);
            }
            finally
            {
                _listening = false;
                _entries.Clear();
            }
            try { await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
