using System.Text.Json.Serialization;

namespace ThiDua.Attainment;

/// <summary>
/// Status of one (unit, indicator, period), decided on the ratio rounded to 4 decimals (SPEC §3).
/// JSON and CSV spell it in snake_case: <c>exceeded|met|not_met|no_data</c>.
/// </summary>
public enum AttainmentStatus
{
    [JsonStringEnumMemberName("exceeded")] Exceeded,
    [JsonStringEnumMemberName("met")] Met,
    [JsonStringEnumMemberName("not_met")] NotMet,
    [JsonStringEnumMemberName("no_data")] NoData,
}
