using ThiDua.Analytics;
using ThiDua.Charts;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Reports.Shared;

/// <summary>The sections both reports share, built from one <see cref="CampaignResult"/>.</summary>
public static class ReportLines
{
    /// <summary>Every (unit, indicator) row, in the attainment output's order (unit code, then indicator code).</summary>
    public static IReadOnlyList<IndicatorResultLine> Indicators(CampaignSnapshot snapshot, CampaignResult result)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        var indicators = snapshot.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        return result.Attainment
            .Select(a =>
            {
                var indicator = indicators.GetValueOrDefault(a.Indicator);
                var direction = indicator?.Direction ?? ThiDua.Indicators.Direction.AtLeast;
                return new IndicatorResultLine(a.Unit, snapshot.Units.TryGetValue(a.Unit, out var u) ? u.Name : a.Unit,
                    a.Indicator, indicator?.Name ?? a.Indicator, indicator?.Uom,
                    a.Actual, a.Target, a.Expected, a.Ratio, a.Status, a.OnTrack,
                    TargetWording.Describe(direction, a.Target, a.Baseline, 2), TargetWording.Describe(direction, a.Expected, a.ExpectedBaseline, 2));
            })
            .ToList();
    }

    /// <summary>The ranking split into its (cluster, kind) groups, in the ranking's own group order, each with its chart.</summary>
    public static IReadOnlyList<ClusterRanking> Rankings(CampaignSnapshot snapshot, CampaignResult result)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        var groups = new List<ClusterRanking>();
        foreach (var row in result.Ranking)
        {
            if (groups.Count > 0 && groups[^1].Cluster == row.Cluster && groups[^1].Kind == row.Kind) continue;
            var rows = result.Ranking.Where(r => r.Cluster == row.Cluster && r.Kind == row.Kind).ToList();
            // The table lists the whole group; its chart, like every chart, its top bars only.
            var shown = rows.Take(Charts.Mapping.CampaignCharts.MaxBars).Select(r => new RankingBar(r.Rank, r.Unit, r.UnitName, r.Score) { Met = r.Met, Assigned = r.Assigned }).ToList();
            var title = Title(row, result)
                + (shown.Count < rows.Count ? $" ({VietnameseNumber.Format(shown.Count)} / {VietnameseNumber.Format(rows.Count)} đơn vị đầu bảng)" : "");
            var chart = new RankingChart(title, shown);
            groups.Add(new ClusterRanking(row.Cluster, row.Kind, rows, chart));
        }
        return groups;
    }

    private static string Title(RankingRow group, CampaignResult result) =>
        $"Xếp hạng {RankingGroupName.Kind(group.Kind)} — {RankingGroupName.Cluster(group)} — {VietnameseDates.Month(result.Period)}";
}
