using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Periods;

namespace ThiDua.Web.Provenance;

/// <summary>A month's value in force, one of those a ratio aggregates.</summary>
public sealed record ProvenanceMonth(
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("value"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Value);
