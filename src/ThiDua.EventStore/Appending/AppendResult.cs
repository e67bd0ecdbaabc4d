namespace ThiDua.EventStore.Appending;

/// <summary>What an append stored: events already present (same ids) are skipped, not stored again.</summary>
public sealed record AppendResult(int Appended, int AlreadyStored, IReadOnlyDictionary<string, long> StreamVersions);
