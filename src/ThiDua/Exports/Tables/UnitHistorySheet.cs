using ThiDua.Exports.Xlsx;
using ThiDua.UnitHistory;

namespace ThiDua.Exports.Tables;

/// <summary>
/// <c>thidua history --format xlsx</c>: the CSV's columns in the CSV's order with the CSV's words (a script reads either
/// file alike, as <see cref="AnalyticsSheets"/>), but dates stored as dates and numbers as numbers (score with 2 decimals).
/// </summary>
public static class UnitHistorySheet
{
    public static XlsxSheet Of(IReadOnlyList<UnitHistoryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("campaign"), new("campaign_name"), new("campaign_kind"), new("start", XlsxCellStyle.Date), new("end", XlsxCellStyle.Date),
            new("period"), new("period_basis"), new("cluster"), new("cluster_name"), new("rank", XlsxCellStyle.Integer), new("rank_shared"),
            new("group_size", XlsxCellStyle.Integer), new("score", XlsxCellStyle.Fixed2), new("met", XlsxCellStyle.Integer),
            new("assigned", XlsxCellStyle.Integer), new("rating"), new("ended"), new("awards"),
        ];
        return new XlsxSheet("Quá trình thi đua", columns, rows.Select(r => new object?[]
        {
            r.Campaign, r.CampaignName, UnitHistoryCsv.Word(r.CampaignKind), r.Start, r.End, r.Period.ToString(), UnitHistoryCsv.Word(r.PeriodBasis),
            r.Cluster, r.ClusterName, r.Rank, r.RankShared ? "true" : "false", r.GroupSize, r.Score is { } s ? AnalyticsSheets.Round(s, 2) : null,
            r.Met, r.Assigned, r.Rating is { } rating ? UnitHistoryCsv.Word(rating) : null, r.Ended?.ToString(), UnitHistoryCsv.Awards(r.Awards),
        }).ToList());
    }
}
