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
    private readonly Dictionary<(string Unit, string Indicator), Measurement[]> _groups;

    public MeasurementHistory(IEnumerable<Measurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var lists = new Dictionary<(string, string), List<Measurement>>();
        foreach (var m in measurements)
        {
            var key = (m.Unit, m.Indicator);
            if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
            list.Add(m);
        }
        _groups = new Dictionary<(string, string), Measurement[]>(lists.Count);
        foreach (var (key, list) in lists) _groups[key] = [.. list.OrderBy(m => m.Period)];
    }

    /// <summary>The pair's reports at or before <paramref name="period"/>, in month order.</summary>
    public ArraySegment<Measurement> Upto(string unit, string indicator, YearMonth period)
    {
        if (!_groups.TryGetValue((unit, indicator), out var all)) return new ArraySegment<Measurement>(None);
        // Sorted by period: the count at or before the period is the first index past it.
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (all[mid].Period <= period) lo = mid + 1;
            else hi = mid;
        }
        return new ArraySegment<Measurement>(all, 0, lo);
    }
}
