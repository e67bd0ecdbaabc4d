using ThiDua.Measurements;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// A campaign's measurements grouped once by (unit, indicator), each group in month order, as struct readings
/// (24 bytes, where a measurement object with its references took ≈ 80: a 1M-row campaign is kept in memory between
/// recomputes). The reports at a period are then a prefix of the group: computing many months needs no re-grouping.
/// </summary>
public sealed class MeasurementHistory
{
    private static readonly Reading[] None = [];
    private readonly Dictionary<(string Unit, string Indicator), Reading[]> _groups = [];
    private readonly List<Reading> _run = [];
    private (string Unit, string Indicator)? _runKey;

    /// <summary>An empty history, to <see cref="Load"/> row by row.</summary>
    public MeasurementHistory()
    {
    }

    public MeasurementHistory(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        foreach (var m in measurements) Load(m.Unit, m.Indicator, m.Period, m.Value);
        EndLoad();
    }

    /// <summary>
    /// Adds a row while loading, in any order; the registry's (unit, indicator, month) order is the cheapest: each pair
    /// is one run, copied as one array. Call <see cref="EndLoad"/> after the last row.
    /// </summary>
    public void Load(string unit, string indicator, YearMonth period, decimal value)
    {
        if (_runKey is { } key && !(string.Equals(key.Unit, unit, StringComparison.Ordinal) && string.Equals(key.Indicator, indicator, StringComparison.Ordinal)))
            CloseRun();
        _runKey = (unit, indicator);
        _run.Add(new Reading(period, value));
    }

    /// <summary>Closes the last run and puts every group in month order (stable, as <c>OrderBy</c>).</summary>
    public MeasurementHistory EndLoad()
    {
        CloseRun();
        foreach (var key in _groups.Where(g => !InMonthOrder(g.Value)).Select(g => g.Key).ToList())
            _groups[key] = [.. _groups[key].OrderBy(r => r.Period)];
        return this;
    }

    /// <summary>The pair's reports at or before <paramref name="period"/>, in month order.</summary>
    public ArraySegment<Reading> Upto(string unit, string indicator, YearMonth period)
    {
        if (!_groups.TryGetValue((unit, indicator), out var all)) return new ArraySegment<Reading>(None);
        return new ArraySegment<Reading>(all, 0, CountUpto(all, period));
    }

    /// <summary>Puts the value in force for its (unit, indicator, month): replaces that month's, or inserts it in month order.</summary>
    public void Set(string unit, string indicator, YearMonth period, decimal value)
    {
        var key = (unit, indicator);
        var reading = new Reading(period, value);
        if (!_groups.TryGetValue(key, out var all))
        {
            _groups[key] = [reading];
            return;
        }
        var at = CountUpto(all, period);
        if (at > 0 && all[at - 1].Period == period)
        {
            all[at - 1] = reading;
            return;
        }
        _groups[key] = [.. all.AsSpan(0, at), reading, .. all.AsSpan(at)];
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

    // A pair seen again later (rows in another order) is merged; EndLoad then sorts it.
    private void CloseRun()
    {
        if (_runKey is not { } key) return;
        var run = _run.ToArray();
        _groups[key] = _groups.TryGetValue(key, out var earlier) ? [.. earlier, .. run] : run;
        _run.Clear();
        _runKey = null;
    }

    // Sorted by period: the count at or before the period is the first index past it.
    private static int CountUpto(Reading[] all, YearMonth period)
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

    // Non-decreasing is already what a stable sort would give.
    private static bool InMonthOrder(Reading[] group)
    {
        for (var i = 1; i < group.Length; i++)
        {
            if (group[i].Period < group[i - 1].Period) return false;
        }
        return true;
    }
}
