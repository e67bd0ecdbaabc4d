namespace ThiDua.EventStore.Reading;

/// <summary>An event's data with its stream and place in it, nothing more: what a fold keyed by stream needs.</summary>
public sealed record StreamEvent(string StreamId, long Version, object Data);
