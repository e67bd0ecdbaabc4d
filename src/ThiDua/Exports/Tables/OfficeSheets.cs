using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.Ranking;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The pages' "Tải Excel" of the ranking, attainment and awards: the rows of <see cref="AnalyticsSheets"/> for the
/// people who open them — Vietnamese headings and words as the pages write them, names beside codes, the month as
/// "06/2022" — with the same number cells. <see cref="AnalyticsSheets"/> (the CLI's <c>--format xlsx</c>) keeps the
/// CSV's columns and words for scripts; a clerk handed "collective", "not_met" and reasons in English could not use it.
/// </summary>
public static class OfficeSheets
{
    public static IReadOnlyList<XlsxSheet> Ranking(IReadOnlyList<RankingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        XlsxColumn[] columns =
        [
            new("Cụm, khối"), new("Loại"), new("Hạng", XlsxCellStyle.Integer), new("Mã đơn vị"), new("Tên đơn vị"),
            new("Điểm", XlsxCellStyle.Fixed2), new("Số chỉ tiêu đạt", XlsxCellStyle.Integer), new("Số chỉ tiêu giao", XlsxCellStyle.Integer),
        ];
        return AnalyticsSheets.PerCluster(rows, columns, r =>
            [RankingGroupName.ClusterHeading(r.Cluster, r.ClusterName), StatusWords.Of(r.Kind), r.Rank, r.Unit, r.UnitName, AnalyticsSheets.Round(r.Score, 2), r.Met, r.Assigned]);
    }

    /// <param name="still">The pages' last column before the campaign's last month: its heading and each row's words
    /// (what the row still needs by the end); none when null.</param>
    public static IReadOnlyList<XlsxSheet> Attainment(IReadOnlyList<AttainmentRow> rows, CampaignSnapshot snapshot,
        (string Heading, Func<AttainmentRow, string?> Words)? still = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(snapshot);
        XlsxColumn[] columns =
        [
            new("Mã đơn vị"), new("Tên đơn vị"), new("Mã chỉ tiêu"), new("Tên chỉ tiêu"), new("Kỳ"),
            new("Thực hiện", XlsxCellStyle.Number), new("Chỉ tiêu giao", XlsxCellStyle.Number), new("Tỷ lệ hoàn thành", XlsxCellStyle.Percent), new("Kết quả"),
            .. still is { } extra ? [new XlsxColumn(extra.Heading)] : Array.Empty<XlsxColumn>(),
        ];
        var indicators = snapshot.Indicators.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        return [new XlsxSheet("Tỷ lệ hoàn thành", columns, rows.Select(r =>
        {
            var noData = r.Status == AttainmentStatus.NoData;
            object?[] cells =
            [
                r.Unit, snapshot.Units.TryGetValue(r.Unit, out var u) ? u.Name : null, r.Indicator, indicators.GetValueOrDefault(r.Indicator),
                $"{r.Period.Month:D2}/{r.Period.Year:D4}", noData || r.Actual is not { } a ? null : AnalyticsSheets.Round(a, 4), AnalyticsSheets.Round(r.Target, 4),
                noData || r.Ratio is not { } q ? null : AnalyticsSheets.Round(q, 4), StatusWords.At(r.Status, snapshot.Campaign, r.Period),
                .. still is { } extra ? [extra.Words(r)] : Array.Empty<object?>(),
            ];
            return cells;
        }))];
    }

    public static IReadOnlyList<XlsxSheet> Awards(IReadOnlyList<AwardRow> rows, CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(snapshot);
        XlsxColumn[] columns =
        [
            new("Hình thức"), new("Tên hình thức"), new("Loại"), new("Mã đơn vị"), new("Tên đơn vị"), new("Kết quả xét"),
            new("Điểm", XlsxCellStyle.Fixed2), new("Lý do"), new("Cụm, khối"), new("Quyết định"), new("Số quyết định"),
        ];
        var forms = snapshot.AwardForms.ToDictionary(f => f.Code, f => f.Name, StringComparer.Ordinal);
        return [new XlsxSheet("Khen thưởng", columns, rows.Select(r => new object?[]
        {
            r.Form, forms.GetValueOrDefault(r.Form), StatusWords.Of(r.RecipientKind), r.Unit,
            snapshot.Units.TryGetValue(r.Unit, out var u) ? u.Name : null, StatusWords.Of(r.Status), r.Score is { } s ? AnalyticsSheets.Round(s, 2) : null,
            string.Join("; ", r.Reasons.Select(x => x.Vietnamese)), r.Cluster is null ? null : RankingGroupName.ClusterHeading(r.Cluster, r.ClusterName),
            Decision(r.Decision), r.Reference,
        }))];
    }

    private static string? Decision(string? word) =>
        AwardDecisions.FromWord(word) is { } decision ? AwardDecisions.Vietnamese(decision) : word;
}
