using ThiDua.Analytics;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Measurements.Submissions;

/// <summary>
/// Who has sent the month's figures and who is still to send which (tình hình báo cáo số liệu), for the office to chase
/// before the month is closed. A figure counts for the month it is for, not "at or before" it as attainment reads: a
/// unit that sent October's and not November's has not reported November, though November's ranking still shows its
/// October stock. Indicators not reported every month are left out: a task (one figure, when done) and a rank move
/// (one figure a year, when the index is published). A unit is listed when it is to report at least one indicator;
/// in the rankings' order of groups — no cụm first, then by cụm, collectives before individuals —, then by code.
/// </summary>
public static class MonthSubmissions
{
    public static IReadOnlyList<UnitSubmission> Of(CampaignSnapshot snapshot, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var monthly = snapshot.Indicators.Where(i => i.Direction is not (Direction.Task or Direction.RankUp))
            .Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        // The latest month at or before the one asked with a figure, per (unit, indicator).
        var latest = new Dictionary<(string Unit, string Indicator), YearMonth>();
        foreach (var m in snapshot.Measurements)
        {
            if (m.Period > month || !monthly.Contains(m.Indicator)) continue;
            var key = (m.Unit, m.Indicator);
            if (!latest.TryGetValue(key, out var seen) || m.Period > seen) latest[key] = m.Period;
        }
        return snapshot.Targets.Where(t => monthly.Contains(t.Indicator) && snapshot.Units.ContainsKey(t.Unit))
            .GroupBy(t => t.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var indicators = g.Select(t => t.Indicator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var missing = indicators.Select(i => new MissingFigure(i, latest.TryGetValue((g.Key, i), out var last) ? (YearMonth?)last : null))
                    .Where(f => f.LastReported != month).ToList();
                return new UnitSubmission(snapshot.Units[g.Key], indicators.Count, missing);
            })
            .OrderBy(s => s.Unit.Cluster ?? "", StringComparer.Ordinal).ThenBy(s => s.Unit.Kind).ThenBy(s => s.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }
}
