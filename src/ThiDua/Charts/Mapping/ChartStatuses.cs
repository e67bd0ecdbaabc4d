using ThiDua.Attainment;
using ThiDua.Awards;

namespace ThiDua.Charts.Mapping;

/// <summary>Translates the analytics statuses into the renderer's own.</summary>
public static class ChartStatuses
{
    public static ChartIndicatorStatus Of(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Exceeded => ChartIndicatorStatus.Exceeded,
        AttainmentStatus.Met => ChartIndicatorStatus.Met,
        AttainmentStatus.NotMet => ChartIndicatorStatus.NotMet,
        _ => ChartIndicatorStatus.NoData,
    };

    public static ChartAwardStatus Of(AwardStatus status) => status switch
    {
        AwardStatus.Proposed => ChartAwardStatus.Proposed,
        AwardStatus.TieAtQuota => ChartAwardStatus.TieAtQuota,
        AwardStatus.EligibleOverQuota => ChartAwardStatus.EligibleOverQuota,
        _ => ChartAwardStatus.Ineligible,
    };

    /// <summary>A unit's overall status from its score (100 = every indicator exactly met).</summary>
    public static ChartIndicatorStatus OfScore(decimal score) =>
        score > 100 ? ChartIndicatorStatus.Exceeded : score == 100 ? ChartIndicatorStatus.Met : ChartIndicatorStatus.NotMet;
}
