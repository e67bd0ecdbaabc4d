namespace ThiDua.DaemonNode;

/// <summary>The event the failover test appends: one tick of a stream.</summary>
public sealed record Ticked(string StreamId, int Number);
