using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// What a unit should have reached by a period (SPEC §3): the target and baseline the ratio is judged against, so the
/// expected-progress line and the ratio always agree.
/// </summary>
public static class ExpectedProgress
{
    /// <summary>
    /// A <c>sum</c> indicator (a flow) spreads its whole-campaign figure evenly over the campaign's months, × m ⁄ M:
    /// the target of <c>at_least</c>/<c>at_most</c> ("12 lớp trong năm" → 6 by June), the baseline of
    /// <c>reduce_by</c>/<c>increase_by</c> ("300 vụ năm trước" → 150; the percentage stays). <c>rank_up</c>, tasks and
    /// stocks and rates (latest, average, max, min) are judged against T and B themselves. Unrounded.
    /// </summary>
    public static (decimal Target, decimal? Baseline) Expected(
        Direction direction, Aggregation aggregation, decimal target, decimal? baseline, Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (aggregation != Aggregation.Sum) return (target, baseline);
        var share = FlowShare.At(campaign, period);
        return direction switch
        {
            Direction.AtLeast or Direction.AtMost => (share.Of(target), baseline),
            Direction.ReduceBy or Direction.IncreaseBy => (target, baseline is { } b ? share.Of(b) : null),
            _ => (target, baseline),
        };
    }

    /// <summary>The ratio of a numeric direction at a period: pro-rated for a flow before the last month, else the plain formula.</summary>
    public static decimal Ratio(
        Direction direction, Aggregation aggregation, decimal actual, decimal target, decimal? baseline, Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return aggregation == Aggregation.Sum
            ? AttainmentRatio.Flow(direction, actual, target, baseline, campaign.ScoreCap, FlowShare.At(campaign, period))
            : AttainmentRatio.Numeric(direction, actual, target, baseline, campaign.ScoreCap);
    }
}
