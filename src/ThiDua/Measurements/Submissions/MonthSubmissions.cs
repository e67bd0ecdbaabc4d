using ThiDua.Analytics;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Measurements.Submissions;

/// <summary>
/// Who has sent the month's figures and who is still to send which (tình hình báo cáo số liệu), for the office to chase
/// before the month is closed. A figure counts for the month it is for, not "at or before" it as attainment reads: a
/// unit that sent October's and not November's has not reported November, though November's ranking still shows its
/// October stock. An indicator is awaited for a month once some unit has sent a figure of it for that month — the plan
/// does not say how often each is reported, the figures do: a one-off figure (an election's turnout, sent in May) or a
/// quarterly one is not owed in the months nobody sends it. Tasks are never awaited (a unit reports one when it is done,
/// not because another has). A unit is listed when it has a target for an awaited indicator; in the rankings' order of
/// groups — no cụm first, then by cụm, collectives before individuals —, then by code.
/// </summary>
public static class MonthSubmissions
{
    public static IReadOnlyList<SubmissionRow> Of(CampaignSnapshot snapshot, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var tasks = snapshot.Indicators.Where(i => i.Direction == Direction.Task).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        // A figure of a unit that has ended by the month counts for nothing (import.md, "Units that end"): it makes nobody owe.
        var awaited = snapshot.Measurements.Where(m => m.Period == month && !tasks.Contains(m.Indicator)
                && snapshot.Units.TryGetValue(m.Unit, out var sender) && sender.ExistsAt(month))
            .Select(m => m.Indicator).ToHashSet(StringComparer.Ordinal);
        // The latest month at or before the one asked with a figure, per (unit, indicator).
        var latest = new Dictionary<(string Unit, string Indicator), YearMonth>();
        foreach (var m in snapshot.Measurements)
        {
            if (m.Period > month || !awaited.Contains(m.Indicator)) continue;
            var key = (m.Unit, m.Indicator);
            if (!latest.TryGetValue(key, out var seen) || m.Period > seen) latest[key] = m.Period;
        }
        return snapshot.Targets.Where(t => awaited.Contains(t.Indicator) && snapshot.Units.TryGetValue(t.Unit, out var unit) && unit.ExistsAt(month))
            .GroupBy(t => t.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var indicators = g.Select(t => t.Indicator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var missing = indicators.Select(i => new MissingFigure(i, latest.TryGetValue((g.Key, i), out var last) ? (YearMonth?)last : null))
                    .Where(f => f.LastReported != month).ToList();
                return SubmissionRow.For(snapshot.Units[g.Key], indicators.Count, missing);
            })
            .OrderBy(s => s.Cluster ?? "", StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
    }
}
