using System.Text.Json;

namespace ThiDua.Security;

/// <summary>One recorded change: which event, on which stream, by whom, from which file and line, when.</summary>
public sealed record AuditEntry(
    long Seq, DateTimeOffset RecordedAt, string Actor, string Type, string StreamId, string? SourceFile, int? SourceLine, JsonElement Data);
