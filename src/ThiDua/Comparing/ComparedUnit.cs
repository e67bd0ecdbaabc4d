using System.Text.Json.Serialization;
using ThiDua.Periods;
using ThiDua.Ranking;

namespace ThiDua.Comparing;

/// <summary>
/// One unit of a comparison: its place in its cụm, khối at the period (null when it has none then: no targets, or
/// ended by that month), and the month it ended when it has.
/// </summary>
public sealed record ComparedUnit(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("unit_name")] string UnitName,
    [property: JsonPropertyName("cluster")] string? Cluster,
    [property: JsonPropertyName("place")] RankingRow? Place,
    [property: JsonPropertyName("ended")] YearMonth? Ended);
