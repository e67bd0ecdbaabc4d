using System.Text.Json;
using ThiDua.EventStore.Appending;

namespace ThiDua.EventStore.Reading;

/// <summary>An event as stored: its place in the stream and in the global sequence, its data and metadata.</summary>
public sealed record StoredEvent(
    long Sequence,
    Guid EventId,
    string StreamId,
    long Version,
    string Type,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt)
{
    public T As<T>() => (T)Data;

    internal static JsonSerializerOptions MetadataJson { get; } = new(JsonSerializerDefaults.Web);
}
