using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Import.Plausibility;

/// <summary>One figure a measurements file records or corrects: the line, the key, the value before (null: none) and after.</summary>
public sealed record MeasurementChange(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("old")] decimal? Old,
    [property: JsonPropertyName("new")] decimal New);
