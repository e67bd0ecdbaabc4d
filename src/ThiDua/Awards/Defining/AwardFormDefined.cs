using ThiDua.Ratings;

namespace ThiDua.Awards.Defining;

/// <summary>An award form with its quota and criteria was set for a campaign, or changed.</summary>
public sealed record AwardFormDefined(
    string CampaignCode, string FormCode, string Name, string? Level, AwardRecipient Recipient, int Quota, Rating MinRating,
    bool RequireInitiative, bool RequireAllTargets, DateTimeOffset DefinedAt)
{
    public AwardForm ToForm() => new(CampaignCode, FormCode, Name, Level, Recipient, Quota, MinRating, RequireInitiative, RequireAllTargets);
}
