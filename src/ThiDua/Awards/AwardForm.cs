using System.Text.Json.Serialization;
using ThiDua.Ratings;

namespace ThiDua.Awards;

/// <summary>An award form ("hình thức khen thưởng") with its quota and criteria (SPEC §4).</summary>
/// <param name="Quota">How many may be proposed (per cluster when <paramref name="QuotaScope"/> says so); null: no limit.</param>
/// <param name="RequireRegistration">Only candidates registered for this form by the campaign's registration deadline are eligible (v2).</param>
/// <param name="RequiredShare">The percent of all the council's members whose agreement an approval needs (e.g. 90), when
/// the council's vote is recorded with it; null: none required (docs/periods.md, "The council's vote").</param>
public sealed record AwardForm(
    string Campaign,
    string Code,
    string Name,
    string? Level,
    AwardRecipient Recipient,
    int? Quota,
    Rating MinRating,
    bool RequireInitiative,
    bool RequireAllTargets,
    AwardQuotaScope QuotaScope = AwardQuotaScope.Campaign,
    bool RequireRegistration = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? RequiredShare = null);
