using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Periods;
using ThiDua.Targets;

namespace ThiDua.Provenance.Explaining;

/// <summary>Explains one ratio with the very functions the analytics use, so the explanation cannot drift from the number.</summary>
public static class RatioExplainer
{
    public static RatioExplanation Explain(CampaignSnapshot snapshot, MeasurementHistory history, Target target, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(target);
        var campaign = snapshot.Campaign;
        var indicator = snapshot.Indicators.First(i => i.Code == target.Indicator);
        var months = history.Upto(target.Unit, target.Indicator, period).ToArray();
        var share = FlowShare.At(campaign, period);
        var (expected, expectedBaseline) = ExpectedProgress.Expected(indicator.Direction, indicator.Aggregation, target.Value, target.Baseline, campaign, period);
        var deadline = target.Deadline ?? campaign.LastMonth;
        decimal? actual = null, ratio = null;
        if (months.Length > 0)
        {
            if (indicator.Direction == Direction.Task)
            {
                actual = months.Any(r => r.Value >= 1m) ? 1m : 0m;
                ratio = AttainmentRatio.Task(months.Select(r => (r.Period, r.Value)), deadline);
            }
            else
            {
                actual = MeasurementAggregation.Aggregate(indicator.Aggregation, months.Select(r => r.Value).ToList());
                ratio = ExpectedProgress.Ratio(indicator.Direction, indicator.Aggregation, actual!.Value, target.Value, target.Baseline, campaign, period);
            }
        }
        var rounded = ratio is { } r0 ? AttainmentStatuses.Round(r0) : (decimal?)null;
        var proRated = indicator.Aggregation == Aggregation.Sum && !share.IsWhole
            && indicator.Direction is Direction.AtLeast or Direction.AtMost or Direction.ReduceBy or Direction.IncreaseBy;
        return new RatioExplanation(target.Unit, indicator, period, months, actual, target.Value, target.TargetMax, target.Baseline, deadline,
            share, proRated, expected, expectedBaseline, ratio, rounded, AttainmentStatuses.Of(rounded), campaign.ScoreCap,
            Math.Clamp(rounded ?? 0m, 0m, campaign.ScoreCap));
    }
}
