using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Charts.Mapping;

/// <summary>
/// Month-by-month charts from the campaign's first month to the period: a cluster's units' scores on one chart (at
/// most <see cref="MaxSeries"/> lines, the best at the period, the title says so), and one indicator's progress per
/// unit as small multiples (its ratio to the level expected by each month, SPEC §3 pro-rating included).
/// </summary>
public static class TrendCharts
{
    public const int MaxSeries = 10;

    public static TrendChart Scores(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        var ranked = result.Ranking.Where(r => snapshot.Units.TryGetValue(r.Unit, out var u) && filter.Admits(u)).ToList();
        var shown = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Unit, StringComparer.Ordinal).Take(MaxSeries).ToList();
        var note = shown.Count < ranked.Count ? $" ({shown.Count} / {ranked.Count} đơn vị điểm cao nhất)" : "";
        return ScoresOf(snapshot, result.Period, shown.Select(r => (r.Unit, r.UnitName)).ToList(), note);
    }

    /// <summary>The scores month by month of units chosen by the reader (so sánh đơn vị), in the order given.</summary>
    public static TrendChart Scores(CampaignSnapshot snapshot, YearMonth period, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(units);
        return ScoresOf(snapshot, period, units.Select(u => (u, snapshot.Units.TryGetValue(u, out var unit) ? unit.Name : u)).ToList(), "");
    }

    private static TrendChart ScoresOf(CampaignSnapshot snapshot, YearMonth period, IReadOnlyList<(string Code, string Name)> shown, string note)
    {
        var codes = shown.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        // A unit's score depends on its own figures only: the months are computed on those units alone.
        var own = snapshot with
        {
            Targets = snapshot.Targets.Where(t => codes.Contains(t.Unit)).ToList(),
            Measurements = snapshot.Measurements.Where(m => codes.Contains(m.Unit)).ToList(),
            Ratings = snapshot.Ratings.Where(r => codes.Contains(r.Unit)).ToList(),
        };
        var months = Months(snapshot, period);
        var scores = months.Select(m => CampaignAnalytics.Compute(own, m).Ranking.ToDictionary(r => r.Unit, r => r.Score, StringComparer.Ordinal)).ToList();
        var series = shown.Select(s => new TrendSeries(s.Code, s.Name, scores.Select(d => d.TryGetValue(s.Code, out var v) ? v : (decimal?)null).ToList())).ToList();
        return new TrendChart($"Điểm thi đua từng tháng — {VietnameseDates.Span(months[0], period)}{note}", months, series, Percent: false);
    }

    public static IReadOnlyList<TrendChart> Indicator(CampaignSnapshot snapshot, string indicator, YearMonth upTo, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var months = Months(snapshot, upTo);
        var charts = new List<(TrendChart Chart, string? Cluster, decimal Last)>();
        // The indicator's readings grouped once: a scan of the campaign per unit was 7,000 scans of 1M at national size.
        var history = new MeasurementHistory(snapshot.Measurements.Where(m => m.Indicator == indicator));
        foreach (var target in snapshot.Targets.Where(t => t.Indicator == indicator))
        {
            // A unit ended by the month asked has no row in the table under the charts (and pages them with it): no chart
            // either. Asked for a month before its end, its line is drawn up to that month.
            if (!snapshot.Units.TryGetValue(target.Unit, out var unit) || !filter.Admits(unit) || !unit.ExistsAt(upTo)) continue;
            var values = months.Select(m => AttainmentCalculator.ComputeOne(snapshot, history, target, m).Ratio is { } r ? r * 100m : (decimal?)null).ToList();
            charts.Add((new TrendChart(unit.Name, months, [new TrendSeries(unit.Code, unit.Name, values)], Percent: true, Compact: true),
                unit.Cluster, values[^1] ?? decimal.MinValue));
        }
        // Cluster by cluster, best last ratio first, as the attainment chart reads.
        return charts.OrderBy(c => string.IsNullOrEmpty(c.Cluster)).ThenBy(c => c.Cluster, StringComparer.Ordinal)
            .ThenByDescending(c => c.Last).ThenBy(c => c.Chart.Series[0].Code, StringComparer.Ordinal).Select(c => c.Chart).ToList();
    }

    private static List<YearMonth> Months(CampaignSnapshot snapshot, YearMonth upTo)
    {
        var last = upTo > snapshot.Campaign.LastMonth ? snapshot.Campaign.LastMonth : upTo;
        var months = new List<YearMonth>();
        for (var m = snapshot.Campaign.FirstMonth; m <= last; m = m.AddMonths(1)) months.Add(m);
        return months;
    }
}
