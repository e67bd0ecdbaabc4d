using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;

namespace ThiDua.Tests.EventStore;

/// <summary>A projection that only records the metadata it was handed, reading it or not.</summary>
public sealed class MetadataProbe(bool readsMetadata) : IProjection
{
    public List<EventMetadata> Seen { get; } = [];

    public string Name => readsMetadata ? "probe-reads" : "probe-skips";

    public bool ReadsMetadata => readsMetadata;

    public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        Seen.AddRange(events.Where(e => e.StreamId.StartsWith("meta-", StringComparison.Ordinal)).Select(e => e.Metadata));
        return Task.CompletedTask;
    }

    public Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        Seen.Clear();
        return Task.CompletedTask;
    }
}
