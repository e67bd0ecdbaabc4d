namespace ThiDua.EventStore.Appending;

/// <summary>Events for one stream, appended only if the stream is at <see cref="ExpectedVersion"/>.</summary>
public sealed record StreamAppend(string StreamId, long ExpectedVersion, IReadOnlyList<NewEvent> Events);
