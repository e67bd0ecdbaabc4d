using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Formatting;
using ThiDua.Periods;
using ThiDua.Ranking;

namespace ThiDua.Charts.Mapping;

/// <summary>
/// Builds the chart models from a campaign's analytics, for the web pages and the reports alike,
/// so both draw exactly the same numbers. A chart of thousands of units is unreadable and weighs megabytes
/// (a 7,000-unit campaign page was 44 MB): bar charts keep <see cref="MaxBars"/> units, the heatmap
/// <see cref="MaxHeatmapUnits"/> — those that lag most, or the ranking's top — and the title says so.
/// </summary>
public static class CampaignCharts
{
    public const int MaxBars = 50;
    public const int MaxHeatmapUnits = 60;

    /// <summary>Bars per unit: one indicator's ratio (with its stretch), or, without an indicator, the unit's score / 100.</summary>
    public static AttainmentChart Attainment(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Indicator is { } code)
        {
            var indicator = snapshot.Indicators.FirstOrDefault(i => i.Code == code);
            var rows = result.Attainment.Where(a => a.Indicator == code && snapshot.Units.TryGetValue(a.Unit, out var u) && filter.Admits(u)).ToList();
            var bars = BarOrder.Ratios(snapshot.Units, Lowest(rows, a => a.Ratio ?? decimal.MinValue, a => a.Unit)
                .Select(a => new AttainmentBar(a.Unit, snapshot.Units[a.Unit].Name, a.Ratio,
                    a.TargetMax is { } max && a.Target > 0 ? Math.Round(max / a.Target, 4, MidpointRounding.AwayFromZero) : null,
                    ChartStatuses.Of(a.Status))), snapshot.ClusterName);
            return new AttainmentChart($"Tỷ lệ hoàn thành: {indicator?.Name ?? code} — {VietnameseDates.Month(result.Period)}{Shown(bars.Count, rows.Count, "thấp nhất", filter)}", bars,
                Progress: !StatusWords.IsFinal(snapshot.Campaign, result.Period));
        }
        var scored = result.Ranking.Where(r => snapshot.Units.TryGetValue(r.Unit, out var u) && filter.Admits(u)).ToList();
        // Cluster by cluster, best first, as the ranking reads (ranks shared on a tie).
        var scoreBars = BarOrder.Scores(scored, Lowest(scored, r => r.Score, r => r.Unit)
            .Select(r => new AttainmentBar(r.Unit, r.UnitName, r.Score / 100m, null, ChartStatuses.OfScore(r.Score))));
        return new AttainmentChart($"Mức độ hoàn thành chung (điểm / 100) — {VietnameseDates.Month(result.Period)}{Shown(scoreBars.Count, scored.Count, "điểm thấp nhất", filter)}", scoreBars, Scores: true);
    }

    public static RankingChart Ranking(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        var ranked = result.Ranking.Where(r => snapshot.Units.TryGetValue(r.Unit, out var u) && filter.Admits(u)).ToList();
        // The ranking's own order (group, rank): the first bars are its top. Several groups each rank from 1, so
        // their bars say which group they are in (all clusters, or a cluster with collectives and individuals).
        var shown = ranked.Take(MaxBars).ToList();
        var several = shown.Select(r => (r.Cluster, r.Kind)).Distinct().Skip(1).Any();
        var bars = shown.Select(r => new RankingBar(r.Rank, r.Unit, r.UnitName, r.Score, several ? RankingGroupName.Of(r.Cluster, r.Kind, r.ClusterName) : null) { Met = r.Met, Assigned = r.Assigned }).ToList();
        var group = filter.Cluster is null ? "tất cả cụm, khối" : RankingGroupName.Cluster(filter.Cluster, snapshot.ClusterName(filter.Cluster));
        // A panel of one kind says so: the collectives' and the individuals' charts side by side had the same title (and so the same ids).
        var kind = filter.Kind is { } k ? " " + StatusWords.Of(k).ToLowerInvariant() : "";
        return new RankingChart($"Xếp hạng{kind} ({group}) — {VietnameseDates.Month(result.Period)}{Shown(bars.Count, ranked.Count, "đầu bảng", filter)}", bars);
    }

    public static HeatmapChart Heatmap(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = result.Attainment.Where(a => snapshot.Units.TryGetValue(a.Unit, out var u) && filter.Admits(u)).ToList();
        var allUnits = rows.Select(a => a.Unit).Distinct().ToList();
        if (allUnits.Count > MaxHeatmapUnits)
        {
            // The units that lag most: the lowest scores of the ranking.
            var scores = result.Ranking.ToDictionary(r => r.Unit, r => r.Score, StringComparer.Ordinal);
            var kept = Lowest(allUnits, u => scores.GetValueOrDefault(u), u => u, MaxHeatmapUnits).ToHashSet(StringComparer.Ordinal);
            rows = rows.Where(a => kept.Contains(a.Unit)).ToList();
        }
        // Cluster by cluster (units without one last), best score first: the rows read as the ranking does.
        var score = result.Ranking.ToDictionary(r => r.Unit, r => r.Score, StringComparer.Ordinal);
        var shownUnits = rows.Select(a => snapshot.Units[a.Unit]).DistinctBy(u => u.Code).ToList();
        var severalClusters = shownUnits.Select(u => u.Cluster ?? "").Distinct().Skip(1).Any();
        var units = shownUnits.OrderBy(u => string.IsNullOrEmpty(u.Cluster)).ThenBy(u => u.Cluster, StringComparer.Ordinal)
            .ThenByDescending(u => score.GetValueOrDefault(u.Code, decimal.MinValue)).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new HeatmapUnit(u.Code, u.Name, severalClusters ? RankingGroupName.ClusterHeading(u.Cluster, snapshot.ClusterName(u.Cluster)) : null)).ToList();
        var indicatorCodes = rows.Select(a => a.Indicator).ToHashSet(StringComparer.Ordinal);
        var indicators = snapshot.Indicators.Where(i => indicatorCodes.Contains(i.Code)).Select(i => new HeatmapIndicator(i.Code, i.Name)).ToList();
        var cells = rows.Select(a => new HeatmapCell(a.Unit, a.Indicator, a.Ratio, ChartStatuses.Of(a.Status))).ToList();
        return new HeatmapChart($"Đơn vị × chỉ tiêu — {VietnameseDates.Month(result.Period)}{Shown(units.Count, allUnits.Count, "điểm thấp nhất", filter)}", units, indicators, cells,
            !StatusWords.IsFinal(snapshot.Campaign, result.Period));
    }

    /// <summary>
    /// An indicator's monthly actual against the expected line, for one unit, from the first month to <paramref name="upTo"/>.
    /// Every line is in the indicator's unit: a reduce_by, increase_by or rank_up target (a change from the baseline)
    /// is drawn where it puts the actual (<see cref="TargetWording.Level"/>: reduce 3% from 300 vụ → 291 vụ).
    /// </summary>
    public static ProgressChart Progress(CampaignSnapshot snapshot, string unit, string indicator, YearMonth upTo)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var campaign = snapshot.Campaign;
        var last = upTo > campaign.LastMonth ? campaign.LastMonth : upTo;
        var target = snapshot.Targets.FirstOrDefault(t => t.Unit == unit && t.Indicator == indicator);
        var definition = snapshot.Indicators.FirstOrDefault(i => i.Code == indicator);
        var direction = definition?.Direction ?? Indicators.Direction.AtLeast;
        decimal? Level(decimal? value) => value is { } v ? TargetWording.Level(direction, v, target?.Baseline) : null;
        var points = new List<ProgressPoint>();
        // A unit that has ended (merged, dissolved) has no progress from its end on.
        if (snapshot.Units.GetValueOrDefault(unit)?.Ended is { } ended && ended <= last) last = ended.AddMonths(-1);
        if (target is not null)
        {
            // Only this pair's row each month: not the whole campaign's attainment, scores and ranking per point.
            var history = new MeasurementHistory(snapshot.Measurements.Where(m => m.Unit == unit && m.Indicator == indicator));
            for (var month = campaign.FirstMonth; month <= last; month = month.AddMonths(1))
            {
                var row = AttainmentCalculator.ComputeOne(snapshot, history, target, month);
                // The line the ratio is judged against: a flow's pro-rated target or baseline (SPEC §3 v2).
                points.Add(new ProgressPoint(month, row.Actual, TargetWording.Level(direction, row.Expected, row.ExpectedBaseline) ?? row.Expected));
            }
        }
        var unitName = snapshot.Units.TryGetValue(unit, out var u) ? u.Name : unit;
        return new ProgressChart($"{definition?.Name ?? indicator} — {unitName}", definition?.Uom ?? "", Level(target?.Value), Level(target?.TargetMax), points);
    }

    /// <summary>All the items when they fit, else the <paramref name="max"/> lowest by <paramref name="key"/>; in code order either way (the charts order them after).</summary>
    private static IEnumerable<T> Lowest<T>(IReadOnlyList<T> items, Func<T, decimal> key, Func<T, string> code, int max = MaxBars)
    {
        var kept = items.Count <= max ? items : items.OrderBy(key).ThenBy(code, StringComparer.Ordinal).Take(max);
        return kept.OrderBy(code, StringComparer.Ordinal);
    }

    // Choosing a cluster is the way to see more, unless one is chosen already.
    private static string Shown(int shown, int total, string which, ChartFilter filter) => shown < total
        ? $" ({VietnameseNumber.Format(shown)} / {VietnameseNumber.Format(total)} đơn vị {which}{(filter.Cluster is null ? "; chọn một cụm, khối để xem đủ" : "")})"
        : "";

    public static AwardsChart Awards(CampaignSnapshot snapshot, IReadOnlyList<AwardRow> rows, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filter);
        var forms = snapshot.AwardForms.ToDictionary(f => f.Code, StringComparer.Ordinal);
        // A cluster-scoped form is shown per cluster (a heading each, "Cờ thi đua — dẫn đầu cụm, khối X"); the sort is stable,
        // so inside a group the rows keep the output's order.
        var candidates = rows
            .Where(r => (filter.Form is null || r.Form == filter.Form) && (!snapshot.Units.TryGetValue(r.Unit, out var unit) || filter.Admits(unit)))
            .OrderBy(r => r.Form, StringComparer.Ordinal).ThenBy(r => r.Cluster, StringComparer.Ordinal)
            .Select(r => new AwardCandidateRow(r.Form, forms.TryGetValue(r.Form, out var f) ? AwardWording.Proposal(f, r) : r.Form, r.Unit,
                snapshot.Units.TryGetValue(r.Unit, out var u) ? u.Name : r.Unit, r.Score, ChartStatuses.Of(r.Status),
                string.Join("; ", r.Reasons.Select(x => x.Vietnamese))))
            .ToList();
        return new AwardsChart($"Đề xuất khen thưởng — {snapshot.Campaign.Name}", candidates);
    }
}
