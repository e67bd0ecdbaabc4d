namespace ThiDua.EventStore.Appending;

/// <summary>An event about to be appended. <see cref="EventId"/> makes retries idempotent.</summary>
public sealed record NewEvent(Guid EventId, object Data, EventMetadata Metadata);
