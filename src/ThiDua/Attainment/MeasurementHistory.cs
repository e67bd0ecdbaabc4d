using System.Runtime.InteropServices;
using ThiDua.Measurements;
using ThiDua.Periods;

namespace ThiDua.Attainment;

/// <summary>
/// A campaign's measurements grouped once by (unit, indicator), each group in month order, as struct readings
/// (24 bytes, where a measurement object with its references took ≈ 80: a 1M-row campaign is kept in memory between
/// recomputes). The reports at a period are then a prefix of the group: computing many months needs no re-grouping.
/// Loaded groups share large blocks (allocated where they stay: no object per group for the collector to copy from
/// generation to generation, which made loading 1M readings peak ≈ 40 MB higher).
/// </summary>
public sealed class MeasurementHistory
{
    // 64K readings (1.5 MB) a block: on the large-object heap from the start.
    private const int BlockSize = 1 << 16;
    private readonly Dictionary<(string Unit, string Indicator), ArraySegment<Reading>> _groups = [];
    private Reading[] _block = [];
    private int _blockUsed;

    /// <summary>An empty history, to load with <see cref="LoadGroup"/>.</summary>
    public MeasurementHistory()
    {
    }

    public MeasurementHistory(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        // In any order; the registry's (unit, indicator, month) order is the cheapest: each pair is one run.
        var run = new List<Reading>();
        (string Unit, string Indicator)? runKey = null;
        foreach (var m in measurements)
        {
            if (runKey is { } key && !(string.Equals(key.Unit, m.Unit, StringComparison.Ordinal) && string.Equals(key.Indicator, m.Indicator, StringComparison.Ordinal)))
            {
                LoadGroup(key.Unit, key.Indicator, CollectionsMarshal.AsSpan(run));
                run.Clear();
            }
            runKey = (m.Unit, m.Indicator);
            run.Add(new Reading(m.Period, m.Value));
        }
        if (runKey is { } last) LoadGroup(last.Unit, last.Indicator, CollectionsMarshal.AsSpan(run));
        EndLoad();
    }

    /// <summary>How many readings are held.</summary>
    public int Count => _groups.Values.Sum(g => g.Count);

    /// <summary>Adds one pair's readings (copied), as a grouped query returns them; call <see cref="EndLoad"/> after the last.</summary>
    public void LoadGroup(string unit, string indicator, ReadOnlySpan<Reading> readings)
    {
        var key = (unit, indicator);
        // A pair seen again (rows in another order) is merged; EndLoad then sorts it.
        _groups[key] = _groups.TryGetValue(key, out var earlier) ? new ArraySegment<Reading>([.. earlier, .. readings]) : Store(readings);
    }

    /// <summary>Puts every group in month order (stable, as <c>OrderBy</c>).</summary>
    public MeasurementHistory EndLoad()
    {
        foreach (var key in _groups.Where(g => !InMonthOrder(g.Value)).Select(g => g.Key).ToList())
            _groups[key] = new ArraySegment<Reading>([.. _groups[key].OrderBy(r => r.Period)]);
        return this;
    }

    /// <summary>The pair's reports at or before <paramref name="period"/>, in month order.</summary>
    public ArraySegment<Reading> Upto(string unit, string indicator, YearMonth period) =>
        _groups.TryGetValue((unit, indicator), out var all) ? all[..CountUpto(all, period)] : ArraySegment<Reading>.Empty;

    /// <summary>Puts the value in force for its (unit, indicator, month): replaces that month's, or inserts it in month order.</summary>
    public void Set(string unit, string indicator, YearMonth period, decimal value)
    {
        var key = (unit, indicator);
        var reading = new Reading(period, value);
        if (!_groups.TryGetValue(key, out var all))
        {
            _groups[key] = new ArraySegment<Reading>([reading]);
            return;
        }
        var at = CountUpto(all, period);
        if (at > 0 && all[at - 1].Period == period)
        {
            all[at - 1] = reading;
            return;
        }
        _groups[key] = new ArraySegment<Reading>([.. all[..at], reading, .. all[at..]]);
    }

    /// <summary>The latest month with a report that <paramref name="counts"/> accepts, given its unit; null when none.</summary>
    public YearMonth? LatestPeriod(Func<string, YearMonth, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        YearMonth? latest = null;
        foreach (var (key, group) in _groups)
        {
            for (var i = group.Count - 1; i >= 0; i--)
            {
                if (latest is { } l && group[i].Period <= l) break;
                if (!counts(key.Unit, group[i].Period)) continue;
                latest = group[i].Period;
                break;
            }
        }
        return latest;
    }

    private ArraySegment<Reading> Store(ReadOnlySpan<Reading> readings)
    {
        if (readings.Length > BlockSize / 4) return new ArraySegment<Reading>(readings.ToArray());
        if (_block.Length - _blockUsed < readings.Length)
        {
            _block = new Reading[BlockSize];
            _blockUsed = 0;
        }
        var slice = new ArraySegment<Reading>(_block, _blockUsed, readings.Length);
        readings.CopyTo(slice);
        _blockUsed += readings.Length;
        return slice;
    }

    // Sorted by period: the count at or before the period is the first index past it.
    private static int CountUpto(ArraySegment<Reading> all, YearMonth period)
    {
        int lo = 0, hi = all.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (all[mid].Period <= period) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Non-decreasing is already what a stable sort would give.
    private static bool InMonthOrder(ArraySegment<Reading> group)
    {
        for (var i = 1; i < group.Count; i++)
        {
            if (group[i].Period < group[i - 1].Period) return false;
        }
        return true;
    }
}
