namespace ThiDua.EventStore.Projections;

/// <summary>
/// A deferred projection whose results are a pure function of state kept current with the events (e.g. inline
/// read models), the events only telling it what to recompute. A rebuild then need not replay the events: after
/// <see cref="IProjection.ResetAsync"/> it marks everything to recompute, the checkpoint moves to the safe
/// high-water mark (reading sequence numbers only), and <see cref="IDeferredProjection.FlushAsync"/> does the work.
/// </summary>
public interface IStateDerivedProjection : IDeferredProjection
{
    /// <summary>Notes that everything must be recomputed by the next flush (called right after a reset).</summary>
    Task MarkAllAsync(ProjectionContext context, CancellationToken ct);
}
