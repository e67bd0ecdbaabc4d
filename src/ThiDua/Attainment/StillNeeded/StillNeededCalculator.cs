using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Periods;
using ThiDua.Targets;

namespace ThiDua.Attainment.StillNeeded;

/// <summary>
/// What a unit must still do for a target to be met at the campaign's last month, from the months reported up to a
/// period before it. Judged with the ratio formulas of SPEC §3 (a level solved from them, reached/lost decided on the
/// ratio rounded to 4 decimals as the status is): it never says "met" where the status at the end would not.
/// </summary>
public static class StillNeededCalculator
{
    /// <summary>Null at the campaign's last month or later: nothing remains, the status says how it ended.</summary>
    /// <param name="readings">The months at or before <paramref name="period"/>, oldest first, one value each.</param>
    /// <param name="unitEnds">The first month the unit no longer exists (units.csv's <c>ended</c>); null for most units.</param>
    public static StillNeeded? Of(Indicator indicator, Target target, IReadOnlyList<Reading> readings, Campaign campaign, YearMonth period,
        YearMonth? unitEnds = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(campaign);
        var share = FlowShare.At(campaign, period);
        var left = share.Months - share.Elapsed;
        if (left <= 0) return null;
        var values = readings.Select(r => r.Value).ToList();
        var current = MeasurementAggregation.Aggregate(indicator.Aggregation, values);
        var need = new StillNeeded(target.Unit, target.Indicator, period, campaign.LastMonth, left, StillNeededKind.Reached,
            null, null, indicator.Direction == Direction.Task ? null : current, null,
            // Counts (a flow's classes, accidents) and ranks; a rate stays a rate even when its figures happen to be whole.
            (indicator.Aggregation == Aggregation.Sum || indicator.Direction == Direction.RankUp)
            && IsWhole(target.Value) && IsWhole(target.Baseline ?? 0m) && values.All(IsWhole));
        // Gone before the last month: no result there to work towards (the others' ranks close up without it).
        if (unitEnds is { } ends && ends <= campaign.LastMonth) return need with { Kind = StillNeededKind.UnitEnds, UnitEnds = ends };
        if (indicator.Direction == Direction.Task) return Task(need, readings, target.Deadline ?? campaign.LastMonth, period);

        var bar = FinalBar.Of(indicator.Direction, target.Value, target.Baseline)!.Value;
        need = need with { Bar = bar };
        // A rank better than first cannot be reached (B − T < 1): "lên 3 bậc" from third place.
        if (indicator.Direction == Direction.RankUp && bar.Level < 1m) return need with { Kind = StillNeededKind.Lost };
        // Met at the end when the aggregated actual there gives a ratio that rounds to 1 or more.
        bool Meets(decimal actual) =>
            AttainmentStatuses.Round(AttainmentRatio.Numeric(indicator.Direction, actual, target.Value, target.Baseline, campaign.ScoreCap)) >= 1m;
        return indicator.Aggregation switch
        {
            // A flow only grows: what is in stays in.
            Aggregation.Sum when bar.AtLeast => Meets(current ?? 0m)
                ? need
                : need with { Kind = StillNeededKind.MoreInAll, Amount = bar.Level - (current ?? 0m) },
            Aggregation.Sum => !Meets(current ?? 0m)
                ? need with { Kind = StillNeededKind.Lost }
                : need with { Kind = StillNeededKind.AtMostInAll, Amount = Math.Max(0m, bar.Level - (current ?? 0m)) },
            Aggregation.Latest => need with { Kind = StillNeededKind.LastMonth },
            Aggregation.Average => Average(need, bar, values, left),
            Aggregation.Max => Extreme(need, current, bar.AtLeast, met => bar.AtLeast
                ? (met ? StillNeededKind.Reached : StillNeededKind.OneMonth)
                : (met ? StillNeededKind.EveryMonth : StillNeededKind.Lost), Meets),
            Aggregation.Min => Extreme(need, current, !bar.AtLeast, met => bar.AtLeast
                ? (met ? StillNeededKind.EveryMonth : StillNeededKind.Lost)
                : (met ? StillNeededKind.Reached : StillNeededKind.OneMonth), Meets),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Aggregation, "Unknown aggregation."),
        };
    }

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    // The best (max) or worst (min) month so far stays so: what it gives now is reached or lost for good, one way.
    // With nothing reported, one month is enough when the extreme moves towards the bar, else every month must hold.
    private static StillNeeded Extreme(StillNeeded need, decimal? current, bool oneMonthWhenEmpty,
        Func<bool, StillNeededKind> kind, Func<decimal, bool> meets) =>
        need with
        {
            Kind = current is { } c ? kind(meets(c))
                : oneMonthWhenEmpty ? StillNeededKind.OneMonth : StillNeededKind.EveryMonth,
        };

    // The mean of n reported months and `left` more, each reported: (S + X × left) ⁄ (n + left) on the bar's side.
    private static StillNeeded Average(StillNeeded need, FinalBar bar, List<decimal> values, int left)
    {
        var x = (bar.Level * (values.Count + left) - values.Sum()) / left;
        if (bar.AtLeast && x <= 0m) return need;
        if (!bar.AtLeast && x < 0m) return need with { Kind = StillNeededKind.Lost };
        return need with { Kind = StillNeededKind.AverageOfRest, Amount = x };
    }

    private static StillNeeded Task(StillNeeded need, IReadOnlyList<Reading> readings, YearMonth deadline, YearMonth period)
    {
        need = need with { Deadline = deadline };
        if (readings.Any(r => r.Value >= 1m))
            return AttainmentRatio.Task(readings.Select(r => (r.Period, r.Value)), deadline) >= 1m
                ? need
                : need with { Kind = StillNeededKind.TaskDoneLate };
        return period.CompareTo(deadline) < 0
            ? need with { Kind = StillNeededKind.TaskDue }
            : need with { Kind = StillNeededKind.TaskOverdue };
    }
}
