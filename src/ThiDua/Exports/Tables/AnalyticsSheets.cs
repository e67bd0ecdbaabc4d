using ThiDua.Analytics.Output;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Exports.Xlsx;
using ThiDua.Ranking;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The CLI's three tables as sheets: the CSV's columns in the CSV's order with the CSV's words (so a script reads
/// either file alike), but numbers stored as numbers: score with 2 decimals, ratio as a percentage of its 4-decimal
/// value, actual and target with up to 4. The ranking gets one sheet per cluster, as the campaign page groups it.
/// </summary>
public static class AnalyticsSheets
{
    public static IReadOnlyList<XlsxSheet> Ranking(IReadOnlyList<RankingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("cluster"), new("kind"), new("rank", XlsxCellStyle.Integer), new("unit"), new("unit_name"),
            new("score", XlsxCellStyle.Fixed2), new("met", XlsxCellStyle.Integer), new("assigned", XlsxCellStyle.Integer),
        ];
        return PerCluster(rows, columns, r => [r.Cluster, AnalyticsCsv.Kind(r.Kind), r.Rank, r.Unit, r.UnitName, Round(r.Score, 2), r.Met, r.Assigned]);
    }

    /// <summary>One sheet per cluster, named by its code, as the campaign page groups the ranking.</summary>
    internal static IReadOnlyList<XlsxSheet> PerCluster(IReadOnlyList<RankingRow> rows, XlsxColumn[] columns, Func<RankingRow, object?[]> row)
    {
        var groups = rows.GroupBy(r => r.Cluster ?? "").ToList();
        if (groups.Count == 0) return [new XlsxSheet("Xếp hạng", columns, [])];
        return groups.Select(g => new XlsxSheet(g.Key.Length == 0 ? HeatmapSheet.NoCluster : g.Key, columns, g.Select(row).ToList())).ToList();
    }

    public static IReadOnlyList<XlsxSheet> Attainment(IReadOnlyList<AttainmentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("unit"), new("indicator"), new("period"), new("actual", XlsxCellStyle.Number), new("target", XlsxCellStyle.Number),
            new("ratio", XlsxCellStyle.Percent), new("status"),
        ];
        return [new XlsxSheet("Tỷ lệ hoàn thành", columns, rows.Select(r =>
        {
            var noData = r.Status == AttainmentStatus.NoData;
            return new object?[]
            {
                r.Unit, r.Indicator, r.Period.ToString(), noData || r.Actual is not { } a ? null : Round(a, 4), Round(r.Target, 4),
                noData || r.Ratio is not { } q ? null : Round(q, 4), AnalyticsCsv.Status(r.Status),
            };
        }))];
    }

    public static IReadOnlyList<XlsxSheet> Awards(IReadOnlyList<AwardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("form"), new("recipient_kind"), new("unit"), new("status"), new("score", XlsxCellStyle.Fixed2), new("reasons"),
            new("cluster"), new("decision"), new("reference"),
        ];
        return [new XlsxSheet("Khen thưởng", columns, rows.Select(r => new object?[]
        {
            r.Form, AnalyticsCsv.Kind(r.RecipientKind), r.Unit, AnalyticsCsv.Status(r.Status), r.Score is { } s ? Round(s, 2) : null,
            string.Join("; ", r.Reasons.Select(x => x.English)), r.Cluster, r.Decision, r.Reference,
        }))];
    }

    internal static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded;
    }
}
