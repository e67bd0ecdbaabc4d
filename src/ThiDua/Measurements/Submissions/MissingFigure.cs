using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Measurements.Submissions;

/// <summary>An indicator a unit has no figure for in the month asked, and the latest month before it that has one (null: none yet).</summary>
public sealed record MissingFigure(
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("last_reported")] YearMonth? LastReported);
