using ThiDua.Comparing;
using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.Ranking;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The page "So sánh đơn vị" as two sheets: the units' places and scores (a row per unit, with its cụm, khối and
/// whether tập thể or cá nhân, which rank apart), and every indicator with
/// each unit's ratio and status side by side (two columns per unit, in the order chosen; empty where not assigned).
/// </summary>
public static class UnitComparisonSheet
{
    public static IReadOnlyList<XlsxSheet> Of(Analytics.CampaignSnapshot snapshot, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        XlsxColumn[] placeColumns =
        [
            new("Mã đơn vị"), new("Tên đơn vị"), new("Cụm, khối"), new("Tập thể, cá nhân"), new("Hạng trong cụm, khối", XlsxCellStyle.Integer),
            new("Điểm", XlsxCellStyle.Fixed2), new("Chỉ tiêu đạt", XlsxCellStyle.Integer), new("Chỉ tiêu được giao", XlsxCellStyle.Integer), new("Ghi chú"),
        ];
        var places = comparison.Units.Select(u => new object?[]
        {
            // Tập thể and cá nhân rank apart (as the page's row says): a unit's kind even when it has no place.
            u.Unit, u.UnitName, RankingGroupName.ClusterHeading(u.Cluster, snapshot.ClusterName(u.Cluster)), StatusWords.Of(snapshot.Units[u.Unit].Kind), u.Place?.Rank,
            u.Place is { } p ? Math.Round(p.Score, 2) : null, u.Place?.Met, u.Place?.Assigned,
            UnitComparison.WhyUnplaced(snapshot, comparison.Period, u),
        }).ToList();
        var indicatorColumns = new List<XlsxColumn> { new("Mã chỉ tiêu"), new("Tên chỉ tiêu") };
        foreach (var u in comparison.Units)
            indicatorColumns.AddRange([new XlsxColumn($"Tỷ lệ — {u.UnitName}", XlsxCellStyle.Percent), new XlsxColumn($"Kết quả — {u.UnitName}")]);
        var indicators = comparison.Indicators.Select(i => new object?[] { i.Indicator, i.IndicatorName }
            .Concat(i.Rows.SelectMany(r => r is null ? new object?[] { null, null }
                : [r.Ratio is { } q ? AnalyticsSheets.Round(q, 4) : null, StatusWords.At(r.Status, snapshot.Campaign, r.Period) + (i.Best.Contains(r.Unit) ? " (cao nhất)" : "")]))
            .ToArray()).ToList();
        return [new XlsxSheet("Xếp hạng, điểm", placeColumns, places), new XlsxSheet("Từng chỉ tiêu", indicatorColumns, indicators)];
    }
}
