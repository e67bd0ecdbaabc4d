using System.Text.Json.Serialization;

namespace ThiDua.Awards;

/// <summary>Outcome for one candidate of one form (SPEC §4), in the order the awards output lists them.</summary>
public enum AwardStatus
{
    [JsonStringEnumMemberName("proposed")] Proposed,
    [JsonStringEnumMemberName("tie_at_quota")] TieAtQuota,
    [JsonStringEnumMemberName("eligible_over_quota")] EligibleOverQuota,
    [JsonStringEnumMemberName("ineligible")] Ineligible,
}
