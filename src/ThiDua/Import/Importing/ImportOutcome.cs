using System.Text.Json.Serialization;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// The result of an import: accepted (and then written, unless a dry run) or rejected with every error.
/// Counts say what was (or would be) created, changed, and left unchanged.
/// </summary>
public sealed record ImportOutcome(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("accepted")] bool Accepted,
    [property: JsonPropertyName("dry_run")] bool DryRun,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("created")] int Created,
    [property: JsonPropertyName("changed")] int Changed,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("events")] int Events,
    [property: JsonPropertyName("errors")] IReadOnlyList<ImportError> Errors)
{
    [JsonPropertyName("written")]
    public bool Written => Accepted && !DryRun && Events > 0;
}
