using System.Text.Json.Serialization;
using ThiDua.Attainment;

namespace ThiDua.Comparing;

/// <summary>
/// One indicator across the compared units: <paramref name="Rows"/> in the units' order, null for a unit the
/// indicator is not assigned to; <paramref name="Best"/> the units with the highest ratio when two or more have one and they are not all alike.
/// </summary>
public sealed record ComparedIndicator(
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("indicator_name")] string IndicatorName,
    [property: JsonPropertyName("rows")] IReadOnlyList<AttainmentRow?> Rows,
    [property: JsonPropertyName("best")] IReadOnlyList<string> Best);
