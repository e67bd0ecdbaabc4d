using ThiDua.Ratings;

namespace ThiDua.Awards;

/// <summary>An award form ("hình thức khen thưởng") with its quota and criteria (SPEC §4).</summary>
public sealed record AwardForm(
    string Campaign,
    string Code,
    string Name,
    string? Level,
    AwardRecipient Recipient,
    int Quota,
    Rating MinRating,
    bool RequireInitiative,
    bool RequireAllTargets);
