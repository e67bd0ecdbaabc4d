using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Security;

/// <summary>
/// One recorded change: which event, on which stream, by whom, from which file and line, when, and the plausibility
/// warning it was imported over (null: none).
/// </summary>
public sealed record AuditEntry(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("recorded_at")] DateTimeOffset RecordedAt,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("stream_id")] string StreamId,
    [property: JsonPropertyName("source_file")] string? SourceFile,
    [property: JsonPropertyName("source_line")] int? SourceLine,
    [property: JsonPropertyName("data")] JsonElement Data,
    [property: JsonPropertyName("accepted_warning")] string? AcceptedWarning = null);
