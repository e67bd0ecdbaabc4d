using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Measurements.Submissions;

/// <summary>
/// One unit's figures for the month as the API answers them: its group (cluster, kind), how many indicators it reports
/// monthly, how many it has sent for the month, <c>complete</c> / <c>partial</c> / <c>none</c>, and what it still owes.
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
    public static SubmissionRow Of(UnitSubmission s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Unit.Cluster, s.Unit.Kind, s.Unit.Code, s.Unit.Name, s.Expected, s.Reported,
            s.Complete ? "complete" : s.None ? "none" : "partial", s.Missing);
    }
}
