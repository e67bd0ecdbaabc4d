using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Measurements.Submissions;

/// <summary>
/// One unit's figures for a month: its group (cluster, kind), how many of its indicators it reports monthly
/// (<see cref="Expected"/>), how many it has sent for the month, <c>complete</c> / <c>partial</c> / <c>none</c>, and the
/// indicators it still owes. The page, its Excel, the công văn, the API and the CLI all read these rows.
/// </summary>
public sealed record SubmissionRow(
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitKind>))] UnitKind Kind,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("unit_name")] string UnitName,
    [property: JsonPropertyName("expected")] int Expected,
    [property: JsonPropertyName("reported")] int Reported,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("missing")] IReadOnlyList<MissingFigure> Missing)
{
    [JsonIgnore]
    public bool Complete => Missing.Count == 0;

    /// <summary>No figure at all for the month.</summary>
    [JsonIgnore]
    public bool None => Reported == 0;

    public static SubmissionRow For(Unit unit, int expected, IReadOnlyList<MissingFigure> missing)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(missing);
        var reported = expected - missing.Count;
        return new(unit.Cluster, unit.Kind, unit.Code, unit.Name, expected, reported,
            missing.Count == 0 ? "complete" : reported == 0 ? "none" : "partial", missing);
    }
}
