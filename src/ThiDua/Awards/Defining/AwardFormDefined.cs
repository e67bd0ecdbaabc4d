using System.Text.Json.Serialization;
using ThiDua.Ratings;

namespace ThiDua.Awards.Defining;

/// <summary>An award form with its quota and criteria was set for a campaign, or changed.</summary>
/// <remarks>Events recorded before v2 have no <paramref name="QuotaScope"/> (read as <c>campaign</c>), no
/// <paramref name="RequireRegistration"/> (read as no) and always a quota; those recorded before the council's vote
/// was kept have no <paramref name="RequiredShare"/> (read as none required).</remarks>
public sealed record AwardFormDefined(
    string CampaignCode, string FormCode, string Name, string? Level, AwardRecipient Recipient, int? Quota, Rating MinRating,
    bool RequireInitiative, bool RequireAllTargets, AwardQuotaScope QuotaScope, DateTimeOffset DefinedAt, bool RequireRegistration = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? RequiredShare = null)
{
    public AwardForm ToForm() => new(CampaignCode, FormCode, Name, Level, Recipient, Quota, MinRating, RequireInitiative, RequireAllTargets, QuotaScope, RequireRegistration, RequiredShare);
}
