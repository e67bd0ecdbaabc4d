namespace ThiDua.Tests.EventStore;

/// <summary>A test event: a number added to a stream's running total.</summary>
public sealed record Counted(string Id, int Amount);
