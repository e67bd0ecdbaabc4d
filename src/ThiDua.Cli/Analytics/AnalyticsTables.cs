using ThiDua.Analytics.Querying;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Cli.Common;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Cli.Analytics;

/// <summary>The human tables: Vietnamese headings and number formats.</summary>
public static class AnalyticsTables
{
    public static TextTable Attainment(AnalyticsAnswer<AttainmentRow> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var table = new TextTable("Đơn vị", "Chỉ tiêu", "Kỳ", "Thực hiện", "Chỉ tiêu giao", "Tỷ lệ hoàn thành", "Kết quả");
        foreach (var r in answer.Rows)
            table.Row(r.Unit, r.Indicator, r.Period.ToString(), r.Actual is { } a ? VietnameseNumber.Format(a, 4) : "—",
                VietnameseNumber.Format(r.Target, 4), r.Ratio is { } q ? VietnameseNumber.FormatPercent(q, 2) : "—", StatusWords.At(r.Status, answer.Snapshot.Campaign, r.Period));
        return table;
    }

    public static TextTable Ranking(AnalyticsAnswer<RankingRow> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var table = new TextTable("Cụm, khối", "Loại", "Hạng", "Đơn vị", "Tên", "Điểm", "Đạt", "Giao");
        foreach (var r in answer.Rows)
            table.Row(RankingGroupName.ClusterHeading(r.Cluster, r.ClusterName), StatusWords.Of(r.Kind), r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Unit, r.UnitName,
                VietnameseNumber.FormatFixed(r.Score, 2), r.Met.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Assigned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return table;
    }

    public static TextTable Awards(AnalyticsAnswer<AwardRow> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        // The council's decision beside the proposal (the CSV's decision and reference): a clerk who has just imported
        // award_decisions.csv checks them here, and the table showed none.
        var table = new TextTable("Hình thức", "Loại", "Đơn vị", "Kết quả", "Điểm", "Quyết định", "Lý do");
        foreach (var r in answer.Rows)
            table.Row(r.Form, StatusWords.Of(r.RecipientKind), r.Unit, StatusWords.Of(r.Status), r.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—",
                Decision(r), string.Join("; ", r.Reasons.Select(x => x.Vietnamese)));
        return table;
    }

    public static TextTable Submissions(AnalyticsAnswer<ThiDua.Measurements.Submissions.SubmissionRow> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var table = new TextTable("Cụm, khối", "Đơn vị", "Tên", "Đã có/phải báo cáo", "Tình trạng", "Còn thiếu (tháng gần nhất đã gửi)");
        foreach (var r in answer.Rows)
            table.Row(RankingGroupName.ClusterHeading(r.Cluster, answer.Snapshot.ClusterName(r.Cluster)), r.Unit, r.UnitName,
                $"{r.Reported}/{r.Expected}", ThiDua.Measurements.Submissions.SubmissionWords.State(r),
                string.Join("; ", r.Missing.Select(m => $"{m.Indicator} ({(m.LastReported is { } last ? VietnameseDates.Month(last) : "chưa có")})")));
        return table;
    }

    /// <summary>
    /// The line above the submissions table naming the month it is about — without <c>--period</c> the command reads
    /// the latest month anyone sent figures for, which the rows alone do not say — in the workbook title's words:
    /// "Tình hình báo cáo số liệu — Phong trào … — tháng 10/2021 / figures sent for 2021-10 (LS2021)".
    /// </summary>
    public static string SubmissionsHeading(AnalyticsAnswer<ThiDua.Measurements.Submissions.SubmissionRow> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var c = answer.Snapshot.Campaign;
        return ThiDua.Exports.Tables.WorkbookTitle.Of("submissions", c, answer.Period, answer.AsOf).Title
            + $" / figures sent for {answer.Period} ({c.Code}{(answer.AsOf is { } at ? ", as of " + VietnameseDates.Iso(at) : "")})";
    }

    // "đồng ý — 112/QĐ-STTTT", "hoãn xét"; empty while undecided.
    private static string Decision(AwardRow r) =>
        ThiDua.Awards.Deciding.AwardDecisions.FromWord(r.Decision) is not { } d ? ""
        : ThiDua.Awards.Deciding.AwardDecisions.Vietnamese(d) + (r.Reference is { Length: > 0 } n ? " — " + n : "");
}
