using ThiDua.Analytics;
using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.Measurements.Submissions;
using ThiDua.Periods;
using ThiDua.Ranking;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The submissions page's table as a sheet: one row per unit to report, what it has sent for the month and which
/// indicators it still owes by name and code (with the last month each was sent) — the office mails its reminder (công văn đôn đốc) from it.
/// </summary>
public static class SubmissionSheet
{
    public static XlsxSheet Of(CampaignSnapshot snapshot, YearMonth month, IReadOnlyList<SubmissionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("Cụm, khối"), new("Mã đơn vị"), new("Tên đơn vị"), new("Loại"),
            new("Số chỉ tiêu báo cáo hằng tháng", XlsxCellStyle.Integer), new("Đã có số liệu " + VietnameseDates.Month(month), XlsxCellStyle.Integer),
            new("Tình trạng"), new("Chỉ tiêu còn thiếu số liệu"),
        ];
        var sheetRows = rows.Select(r => new object?[]
        {
            RankingGroupName.ClusterHeading(r.Cluster, snapshot.ClusterName(r.Cluster)), r.Unit, r.UnitName,
            StatusWords.Of(r.Kind), r.Expected, r.Reported, SubmissionWords.State(r),
            // Named as the page names them (the clerk writes to the units from this file); the CSV keeps the codes.
            string.Join("; ", r.Missing.Select(m => snapshot.IndicatorName(m.Indicator) + " " + SubmissionWords.Detail(m))),
        }).ToList();
        return new XlsxSheet("Báo cáo số liệu", columns, sheetRows);
    }
}
