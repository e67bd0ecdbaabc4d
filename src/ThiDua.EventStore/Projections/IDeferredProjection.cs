namespace ThiDua.EventStore.Projections;

/// <summary>
/// A projection whose expensive work waits until it has caught up: <see cref="IProjection.ApplyAsync"/> only
/// notes what changed (in its own tables, same transaction), and <see cref="FlushAsync"/> does the work once,
/// when the daemon has no more events for it (and at the end of a rebuild), instead of once per page.
/// </summary>
public interface IDeferredProjection : IProjection
{
    Task FlushAsync(ProjectionContext context, CancellationToken ct);
}
