using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// A read model kept from events. Inline projections run inside the append's transaction;
/// async ones are run by the <see cref="ProjectionDaemon"/>, their checkpoint saved in the same transaction as their writes.
/// </summary>
public interface IProjection
{
    string Name { get; }

    Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct);

    /// <summary>Empties the read model before a rebuild replays every event from zero.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken ct);
}
