using ThiDua.Measurements;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// A snapshot's measurements grouped once by (unit, indicator), each group in month order (stable, as
/// <c>OrderBy</c>). The reports at a period are then a prefix of the group: computing many months of one
/// snapshot no longer re-filters and re-groups every measurement per month.
/// </summary>
public sealed class MeasurementHistory
{
    private static readonly Measurement[] None = [];
    private readonly Dictionary<(string Unit, string Indicator), Measurement[]> _groups = [];

    public MeasurementHistory(IReadOnlyList<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        // The registry returns measurements ordered by unit, indicator, month: each pair is one run, copied as one
        // array. A pair seen again later (any other order) is merged; each group is then put in month order.
        var start = 0;
        for (var i = 1; i <= measurements.Count; i++)
        {
            if (i < measurements.Count && SamePair(measurements[i], measurements[start])) continue;
            var run = new Measurement[i - start];
            for (var j = 0; j < run.Length; j++) run[j] = measurements[start + j];
            var key = (measurements[start].Unit, measurements[start].Indicator);
            _groups[key] = _groups.TryGetValue(key, out var earlier) ? [.. earlier, .. run] : run;
            start = i;
        }
        foreach (var key in _groups.Where(g => !InMonthOrder(g.Value)).Select(g => g.Key).ToList())
            _groups[key] = [.. _groups[key].OrderBy(m => m.Period)];
    }

    /// <summary>The pair's reports at or before <paramref name="period"/>, in month order.</summary>
    public ArraySegment<Measurement> Upto(string unit, string indicator, YearMonth period)
    {
        if (!_groups.TryGetValue((unit, indicator), out var all)) return new ArraySegment<Measurement>(None);
        return new ArraySegment<Measurement>(all, 0, CountUpto(all, period));
    }

    /// <summary>Puts the value in force for its (unit, indicator, month): replaces that month's, or inserts it in month order.</summary>
    public void Set(Measurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        var key = (measurement.Unit, measurement.Indicator);
        if (!_groups.TryGetValue(key, out var all))
        {
            _groups[key] = [measurement];
            return;
        }
        var at = CountUpto(all, measurement.Period);
        if (at > 0 && all[at - 1].Period == measurement.Period)
        {
            all[at - 1] = measurement;
            return;
        }
        _groups[key] = [.. all.AsSpan(0, at), measurement, .. all.AsSpan(at)];
    }

    /// <summary>The latest month with a report among the months <paramref name="within"/> accepts; null when none.</summary>
    public YearMonth? LatestPeriod(Func<YearMonth, bool> within)
    {
        ArgumentNullException.ThrowIfNull(within);
        YearMonth? latest = null;
        foreach (var group in _groups.Values)
        {
            for (var i = group.Length - 1; i >= 0; i--)
            {
                if (!within(group[i].Period)) continue;
                if (latest is not { } l || group[i].Period > l) latest = group[i].Period;
                break;
            }
        }
        return latest;
    }

    // Sorted by period: the count at or before the period is the first index past it.
    private static int CountUpto(Measurement[] all, YearMonth period)
    {
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (all[mid].Period <= period) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool SamePair(Measurement a, Measurement b) =>
        string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) && string.Equals(a.Indicator, b.Indicator, StringComparison.Ordinal);

    // Non-decreasing is already what a stable sort would give.
    private static bool InMonthOrder(Measurement[] group)
    {
        for (var i = 1; i < group.Length; i++)
        {
            if (group[i].Period < group[i - 1].Period) return false;
        }
        return true;
    }
}
