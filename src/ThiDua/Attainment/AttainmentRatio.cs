using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>The ratio formulas of SPEC §3, unrounded. Callers round to 4 decimals before judging.</summary>
public static class AttainmentRatio
{
    /// <summary>
    /// Ratio of a numeric direction (everything but <see cref="Direction.Task"/>) for the actual
    /// <paramref name="actual"/> against <paramref name="target"/>. The operand order follows the
    /// spec's formulas literally so an independent decimal implementation gets the same digits.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A definition the importer should have rejected (zero divisor, missing baseline): failing loudly
    /// beats publishing a made-up number.
    /// </exception>
    public static decimal Numeric(Direction direction, decimal actual, decimal target, decimal? baseline, decimal scoreCap) =>
        direction switch
        {
            Direction.AtLeast => actual / NonZero(target, "target"),
            // Nothing to divide by when the actual is 0: the best possible result, the cap.
            Direction.AtMost => actual == 0m ? scoreCap : target / actual,
            Direction.ReduceBy => (Base(baseline) - actual) / Base(baseline) / (NonZero(target, "target") / 100m),
            Direction.IncreaseBy => (actual - Base(baseline)) / Base(baseline) / (NonZero(target, "target") / 100m),
            // The baseline is a rank here, not a divisor: 0 is a valid stored baseline (import.md: "greater than 0" for
            // reduce_by and increase_by only), so only its presence is required.
            Direction.RankUp => (Required(baseline) - actual) / NonZero(target, "target"),
            Direction.Task => throw new ArgumentException("A task's ratio depends on when it was delivered: use Task().", nameof(direction)),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
        };

    /// <summary>
    /// A <c>sum</c> indicator before the campaign's last month (SPEC §3 v2): target and baseline describe the whole
    /// campaign, so they are pro-rated by m ⁄ M. Written as the spec's table, the only division last, so an independent
    /// decimal implementation gets the same digits. At the last month (<see cref="FlowShare.IsWhole"/>) it is
    /// <see cref="Numeric"/> itself, bit for bit.
    /// </summary>
    public static decimal Flow(Direction direction, decimal actual, decimal target, decimal? baseline, decimal scoreCap, FlowShare share)
    {
        if (share.IsWhole || direction is Direction.RankUp or Direction.Task)
            return Numeric(direction, actual, target, baseline, scoreCap);
        decimal m = share.Elapsed, mm = share.Months;
        return direction switch
        {
            Direction.AtLeast => actual * mm / (NonZero(target, "target") * m),
            Direction.AtMost => actual == 0m ? scoreCap : target * m / (actual * mm),
            Direction.ReduceBy => (Base(baseline) * m - actual * mm) * 100m / (Base(baseline) * m * NonZero(target, "target")),
            Direction.IncreaseBy => (actual * mm - Base(baseline) * m) * 100m / (Base(baseline) * m * NonZero(target, "target")),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
        };
    }

    /// <summary>
    /// A task: 1 when a value ≥ 1 was reported in a month ≤ the deadline, 0.5 when only later (but ≤ the
    /// period), else 0. <paramref name="reports"/> are the months and values reported at or before the period.
    /// </summary>
    public static decimal Task(IEnumerable<(YearMonth Period, decimal Value)> reports, YearMonth deadline)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var delivered = reports.Where(r => r.Value >= 1m).ToList();
        if (delivered.Count == 0) return 0m;
        return delivered.Any(r => r.Period <= deadline) ? 1m : 0.5m;
    }

    private static decimal Base(decimal? baseline) => NonZero(Required(baseline), "baseline");

    private static decimal Required(decimal? baseline) =>
        baseline ?? throw new InvalidOperationException("This direction needs a baseline.");

    private static decimal NonZero(decimal value, string what) =>
        value != 0m ? value : throw new InvalidOperationException($"The {what} is 0: the ratio is undefined.");
}
