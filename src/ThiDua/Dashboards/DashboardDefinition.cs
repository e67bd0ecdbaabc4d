using System.Text.Json.Serialization;

namespace ThiDua.Dashboards;

/// <summary>
/// A dashboard from <c>dashboards/{name}.json</c>: a title, the filters offered on the page
/// (any of <c>cluster</c>, <c>period</c>, <c>asOf</c>, <c>indicator</c>, <c>unit</c>, <c>form</c>), its panels, and
/// whether it opens with the campaign page's headline cards and lagging indicators (<c>"headline": true</c>).
/// </summary>
public sealed record DashboardDefinition(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("filters")] IReadOnlyList<string> Filters,
    [property: JsonPropertyName("panels")] IReadOnlyList<PanelDefinition> Panels,
    [property: JsonPropertyName("headline")] bool Headline = false)
{
    [JsonIgnore]
    public string Name { get; init; } = "";

    public static IReadOnlySet<string> ChartKinds { get; } = new HashSet<string>(StringComparer.Ordinal) { "attainment", "ranking", "heatmap", "progress", "awards" };

    public static IReadOnlySet<string> FilterNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "cluster", "period", "asOf", "indicator", "unit", "form" };
}
