using System.Text.Json.Serialization;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// The result of an import: accepted (and then written, unless a dry run) or rejected with every error.
/// Counts say what was (or would be) created, changed, and left unchanged. A file with warnings and no errors is
/// accepted only over the warnings (<see cref="ImportRequest.AcceptWarnings"/>).
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
    /// <summary>Plausibility warnings (measurements): with any, the file is accepted only when they are.</summary>
    [JsonPropertyName("warnings")]
    public IReadOnlyList<Plausibility.ImportWarning> Warnings { get; init; } = [];

    /// <summary>How many warnings the file raised (<see cref="Warnings"/> lists at most 1,000 and then "and N more").</summary>
    [JsonPropertyName("warning_count")]
    public int WarningCount { get; init; }

    /// <summary>A dry run's every figure change, old → new, in file order (measurements; empty otherwise).</summary>
    [JsonPropertyName("changes")]
    public IReadOnlyList<Plausibility.MeasurementChange> Changes { get; init; } = [];

    /// <summary>A units file's dry run: each field it would change in a stored unit, old → new (absent otherwise).</summary>
    [JsonPropertyName("unit_changes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UnitChange>? UnitChanges { get; init; }

    [JsonPropertyName("written")]
    public bool Written => Accepted && !DryRun && Events > 0;
}
