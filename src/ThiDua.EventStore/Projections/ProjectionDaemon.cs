using Npgsql;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Keeps async projections caught up. Any number of processes may run one: per batch exactly one
/// of them leads a projection (advisory lock), and checkpoints make every event applied once.
/// </summary>
public sealed class ProjectionDaemon
{
    private readonly List<ProjectionRunner> _runners;
    // Catching up applies small pages: a page's events are garbage once applied, and at 10K a page was often still
    // alive when a collection ran, so dead events piled up in gen 2 (a 1M-event catch-up peaked ≈ 250 MB higher).
    // A rebuild reads ahead on a second connection inside one transaction: bigger pages there cost fewer round trips.
    private const int RebuildPageSize = 10_000;

    private readonly int _pageSize;

    /// <param name="largeBacklog">From how many events behind a state-derived projection catches up by recomputing
    /// everything (as a rebuild does) rather than reading each event.</param>
    public ProjectionDaemon(NpgsqlDataSource dataSource, EventTypes types, IEnumerable<IProjection> projections, int pageSize = 2_000,
        long largeBacklog = 100_000)
    {
        _runners = projections.Select(p => new ProjectionRunner(dataSource, types, p, largeBacklog)).ToList();
        _pageSize = pageSize;
    }

    public IReadOnlyList<IProjection> Projections => _runners.Select(r => r.Projection).ToList();

    /// <summary>Brings every projection up to the events committed now, waiting for other leaders and in-flight gaps.</summary>
    public async Task<long> CatchUpAsync(CancellationToken ct = default, TimeSpan? gapPatience = null)
    {
        var deadline = DateTime.UtcNow + (gapPatience ?? TimeSpan.FromSeconds(30));
        long total = 0;
        foreach (var runner in _runners)
        {
            while (true)
            {
                var applied = await runner.PassAsync(wait: true, _pageSize, ct);
                total += Math.Max(applied, 0);
                if (applied > 0) continue;
                if (!runner.WaitingOnGap || DateTime.UtcNow > deadline) break;
                await Task.Delay(20, ct);
            }
        }
        return total;
    }

    /// <summary>One non-blocking round: projections led by another process are left to it.</summary>
    public async Task<long> PollOnceAsync(CancellationToken ct = default)
    {
        long total = 0;
        foreach (var runner in _runners)
        {
            int applied;
            while ((applied = await runner.PassAsync(wait: false, _pageSize, ct)) > 0) total += applied;
        }
        return total;
    }

    /// <summary>Polls until cancelled. Transient database errors are survived: the next round retries.</summary>
    public async Task RunAsync(TimeSpan interval, Action<Exception>? onError = null, CancellationToken ct = default)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // Shutting down mid-query surfaces as a database error too: that is not a failure.
                if (ct.IsCancellationRequested) break;
                onError?.Invoke(ex);
            }
            try { await Task.Delay(interval, ct); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Replays every event into each projection's emptied read model.</summary>
    /// <param name="inline">The projections are inline ones (run inside appends): they keep no checkpoint.</param>
    public async Task<long> RebuildAsync(CancellationToken ct = default, bool inline = false)
    {
        long total = 0;
        foreach (var runner in _runners) total += await runner.RebuildAsync(Math.Max(_pageSize, RebuildPageSize), inline, ct);
        return total;
    }

    /// <summary>
    /// Replays every event into each inline projection's emptied read model inside <paramref name="tx"/>, which the caller
    /// commits: a serial writer's, so the rebuild commits only while that writer's lock — held by the same session — is held.
    /// </summary>
    public async Task<long> RebuildInlineAsync(NpgsqlTransaction tx, CancellationToken ct = default)
    {
        long total = 0;
        foreach (var runner in _runners) total += await runner.RebuildInAsync(tx, Math.Max(_pageSize, RebuildPageSize), inline: true, ct);
        return total;
    }
}
