using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.PreviousYear;
using ThiDua.Ranking;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The page "So với cùng kỳ năm trước" as a sheet: a row per unit of either year, this year's rank and score beside last
/// year's at the same month, the change, and for a unit of one year only why; the basis in words on the guide sheet.
/// </summary>
public static class PreviousYearSheet
{
    public static IReadOnlyList<XlsxSheet> Of(Analytics.CampaignSnapshot snapshot, PreviousYearComparison comparison, IReadOnlyList<PreviousYearRow> rows)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(rows);
        var (now, before) = (VietnameseDates.MonthNumber(comparison.Period), VietnameseDates.MonthNumber(comparison.PreviousPeriod));
        XlsxColumn[] columns =
        [
            new("Cụm, khối"), new("Mã đơn vị"), new("Tên đơn vị"), new("Loại"),
            new($"Hạng {now}", XlsxCellStyle.Integer), new($"Điểm {now}", XlsxCellStyle.Number),
            new($"Hạng {before}", XlsxCellStyle.Integer), new($"Điểm {before}", XlsxCellStyle.Number),
            new("Thay đổi điểm", XlsxCellStyle.Number), new("Thay đổi hạng (+ lên, − xuống)", XlsxCellStyle.Integer), new("Ghi chú"),
        ];
        var sheetRows = rows.Select(r =>
        {
            var cluster = PreviousYearRows.ListedCluster(r);
            return new object?[]
            {
                RankingGroupName.ClusterHeading(cluster, snapshot.ClusterName(cluster)), r.Unit, r.UnitName, StatusWords.Of(r.Kind),
                r.Rank, r.Score is { } s ? Math.Round(s, 2) : null, r.PreviousRank, r.PreviousScore is { } p ? Math.Round(p, 2) : null,
                r.ScoreChange, r.RankChange,
                PreviousYearWords.Note(r, u => snapshot.Units.TryGetValue(u, out var unit) ? unit.Name : u),
            };
        }).ToList();
        return [new XlsxSheet("So với năm trước", columns, sheetRows), new XlsxSheet("Cách so sánh", [new XlsxColumn("Ghi chú")],
            PreviousYearWords.Basis(comparison).Select(line => new object?[] { line }).ToList())];
    }
}
