namespace ThiDua.EventStore.Appending;

/// <summary>Who recorded an event, from which file and line, and in which operation.</summary>
public sealed record EventMetadata(string Actor, string? SourceFile = null, int? SourceLine = null, string? CorrelationId = null);
