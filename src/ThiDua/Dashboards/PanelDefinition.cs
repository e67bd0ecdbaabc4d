using System.Text.Json.Serialization;

namespace ThiDua.Dashboards;

/// <summary>
/// One panel: a chart kind (<c>attainment</c>, <c>ranking</c>, <c>heatmap</c>, <c>progress</c>, <c>awards</c>) and its filters.
/// A filter set here is fixed; one left out follows the page's selection (cluster, indicator, unit, form).
/// </summary>
public sealed record PanelDefinition(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("chart")] string Chart,
    [property: JsonPropertyName("cluster")] string? Cluster = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("indicator")] string? Indicator = null,
    [property: JsonPropertyName("unit")] string? Unit = null,
    [property: JsonPropertyName("form")] string? Form = null,
    [property: JsonPropertyName("wide")] bool Wide = false);
