using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;

namespace ThiDua.Provenance.History;

/// <summary>
/// One recorded value of a (unit, indicator, month), from its event: who sent it, when, from which file and line, and
/// the value it replaced (<paramref name="PreviousValue"/>, null for the first report), and the plausibility warnings it
/// was imported over (<paramref name="AcceptedWarning"/>): a leader tracing a tenfold figure sees it was flagged and let
/// through, not only in /audit.
/// </summary>
public sealed record MeasurementChange(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("recorded_at")] DateTimeOffset RecordedAt,
    [property: JsonPropertyName("actor")] string Actor,
    [property: JsonPropertyName("source_file")] string? SourceFile,
    [property: JsonPropertyName("source_line")] int? SourceLine,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("value"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Value,
    [property: JsonPropertyName("previous_value"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? PreviousValue,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("accepted_warning")] string? AcceptedWarning = null)
{
    /// <summary>A correction replaced a value in force; the first report replaced nothing.</summary>
    [JsonPropertyName("correction")]
    public bool IsCorrection => PreviousValue is not null;
}
