using ThiDua.Analytics;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// Attainment of every (unit, indicator) pair that has a target row, at one period (SPEC §3) — of a unit that still
/// exists then: one that has ended (merged, dissolved) has no row from its end on, so it is neither scored nor ranked.
/// </summary>
public static class AttainmentCalculator
{
    /// <summary>Rows ordered by unit code, then indicator code (ordinal).</summary>
    public static IReadOnlyList<AttainmentRow> Compute(CampaignSnapshot snapshot, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Compute(snapshot, new MeasurementHistory(snapshot.Measurements), period);
    }

    /// <summary>As <see cref="Compute(CampaignSnapshot, YearMonth)"/>, with the snapshot's measurements already grouped (many months of one snapshot).</summary>
    public static IReadOnlyList<AttainmentRow> Compute(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = new List<AttainmentRow>(snapshot.Targets.Count);
        rows.AddRange(Rows(snapshot, history, period));
        return rows;
    }

    /// <summary>
    /// The rows of <see cref="Compute(CampaignSnapshot, MeasurementHistory, YearMonth)"/>, in its order, made one at a time:
    /// a caller that folds them as they come (scores, JSON) never holds a month of a big campaign's rows, which would
    /// outlive the young generation and pile up as garbage in the older ones.
    /// </summary>
    public static IEnumerable<AttainmentRow> Rows(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth period) =>
        Rows(snapshot, history, period, known: null);

    /// <summary>
    /// As <see cref="Rows(CampaignSnapshot, MeasurementHistory, YearMonth)"/>, but the row of the target at output position
    /// i is <paramref name="known"/>(i, target) when that gives one (a row the caller computed before from the same
    /// figures), and is computed only otherwise.
    /// </summary>
    public static IEnumerable<AttainmentRow> Rows(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth period,
        Func<int, Targets.Target, AttainmentRow?>? known)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(history);
        CheckInside(snapshot.Campaign, period);
        return RowsInOrder(snapshot, history, period, known);
    }

    private static IEnumerable<AttainmentRow> RowsInOrder(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth period,
        Func<int, Targets.Target, AttainmentRow?>? known)
    {
        var campaign = snapshot.Campaign;
        var indicators = snapshot.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        // One row per target, so targets in output order give rows in output order. The registry lists them in this
        // order already (under a code-point collation): then no sort, no copy.
        var targets = InOutputOrder(snapshot.Targets)
            ? snapshot.Targets
            : snapshot.Targets.OrderBy(t => t.Unit, StringComparer.Ordinal).ThenBy(t => t.Indicator, StringComparer.Ordinal).ToList();
        var ended = EndedBy(snapshot.Units, period);
        var position = 0;
        foreach (var target in targets)
        {
            if (ended?.Contains(target.Unit) == true) continue;
            // Only months at or before the period count; a month's value is already the one recorded last.
            yield return known?.Invoke(position, target)
                ?? Row(IndicatorOf(indicators.GetValueOrDefault(target.Indicator), target), target, history.Upto(target.Unit, target.Indicator, period), campaign, period);
            position++;
        }
    }

    /// <summary>One target's row at <paramref name="period"/>, as <see cref="Compute(CampaignSnapshot, MeasurementHistory, YearMonth)"/> gives it: a chart of one pair over many months needs no more.</summary>
    public static AttainmentRow ComputeOne(CampaignSnapshot snapshot, MeasurementHistory history, Targets.Target target, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(target);
        CheckInside(snapshot.Campaign, period);
        var indicator = IndicatorOf(snapshot.Indicators.FirstOrDefault(i => i.Code == target.Indicator), target);
        return Row(indicator, target, history.Upto(target.Unit, target.Indicator, period), snapshot.Campaign, period);
    }

    /// <summary>The units that no longer exist at <paramref name="period"/>; null when there are none (nearly always).</summary>
    public static HashSet<string>? EndedBy(IReadOnlyDictionary<string, Units.Unit> units, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(units);
        HashSet<string>? ended = null;
        foreach (var unit in units.Values)
            if (!unit.ExistsAt(period)) (ended ??= new HashSet<string>(StringComparer.Ordinal)).Add(unit.Code);
        return ended;
    }

    // Outside the campaign "months elapsed" means nothing; the CLI validates --period before this.
    private static void CheckInside(Campaigns.Campaign campaign, YearMonth period)
    {
        if (!campaign.Contains(period))
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"Period {period} is outside campaign '{campaign.Code}' ({campaign.FirstMonth}–{campaign.LastMonth}).");
    }

    private static Indicator IndicatorOf(Indicator? indicator, Targets.Target target) => indicator
        ?? throw new InvalidOperationException($"Target for unit '{target.Unit}' names indicator '{target.Indicator}', which the campaign does not define.");

    private static bool InOutputOrder(IReadOnlyList<Targets.Target> targets)
    {
        for (var i = 1; i < targets.Count; i++)
        {
            var unit = string.CompareOrdinal(targets[i - 1].Unit, targets[i].Unit);
            if (unit > 0 || (unit == 0 && string.CompareOrdinal(targets[i - 1].Indicator, targets[i].Indicator) > 0)) return false;
        }
        return true;
    }

    private static AttainmentRow Row(
        Indicator indicator, Targets.Target target, ArraySegment<Reading> reports, Campaigns.Campaign campaign, YearMonth period)
    {
        var (expected, expectedBaseline) = ExpectedProgress.Expected(
            indicator.Direction, indicator.Aggregation, target.Value, target.Baseline, campaign, period);
        decimal? actual, ratio;
        if (reports.Count == 0)
        {
            actual = ratio = null;
        }
        else if (indicator.Direction == Direction.Task)
        {
            // A task is delivered or not: its actual ignores the aggregation, and its ratio depends only on when it was
            // delivered, not on T.
            actual = reports.Any(r => r.Value >= 1m) ? 1m : 0m;
            var deadline = target.Deadline ?? campaign.LastMonth;
            ratio = AttainmentRatio.Task(reports.Select(r => (r.Period, r.Value)), deadline);
        }
        else
        {
            var a = MeasurementAggregation.Aggregate(indicator.Aggregation, reports.Select(r => r.Value).ToList())!.Value;
            actual = a;
            // A flow before the last month is judged against its pro-rated target: the ratio is the progress.
            ratio = ExpectedProgress.Ratio(indicator.Direction, indicator.Aggregation, a, target.Value, target.Baseline, campaign, period);
        }

        var rounded = ratio is { } r ? AttainmentStatuses.Round(r) : (decimal?)null;
        return new AttainmentRow(
            target.Unit,
            target.Indicator,
            period,
            actual is { } x ? Round4(x) : null,
            target.Value,
            target.TargetMax,
            target.Baseline,
            Round4(expected),
            rounded,
            AttainmentStatuses.Of(rounded),
            rounded >= 1m,
            indicator.Weight)
        {
            ExpectedBaseline = expectedBaseline is { } eb ? Round4(eb) : null,
        };
    }

    private static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
