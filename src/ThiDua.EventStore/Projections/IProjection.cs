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

    /// <summary>
    /// False lets the daemon skip reading and decoding each event's metadata for this projection (it then sees
    /// <see cref="Appending.EventMetadata.Unread"/>): a 1M-event rebuild or catch-up is ≈ 1 s shorter.
    /// </summary>
    bool ReadsMetadata => true;

    /// <summary>Empties the read model before a rebuild replays every event from zero.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken ct);
}
