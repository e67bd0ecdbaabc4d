using System.Globalization;
using ThiDua.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Exports.Tables;
using ThiDua.Formatting;
using ThiDua.PreviousYear;
using ThiDua.Ranking;

namespace ThiDua.Cli.PreviousYear;

/// <summary><c>thidua previous-year</c>'s table for people: the workbook's columns in its words, Vietnamese numbers.</summary>
public static class PreviousYearTable
{
    /// <summary>The workbook's title with the codes in English, then the basis in words (<see cref="PreviousYearWords.Basis"/>).</summary>
    public static IEnumerable<string> Heading(CampaignSnapshot snapshot, PreviousYearComparison comparison, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        yield return WorkbookTitle.Of("previous-year", snapshot.Campaign, comparison.Period, asOf).Title
            + $" / {comparison.Campaign} {comparison.Period} against {comparison.PreviousCampaign} {comparison.PreviousPeriod}{(asOf is { } at ? ", as of " + VietnameseDates.Iso(at) : "")}";
        foreach (var line in PreviousYearWords.Basis(comparison)) yield return line;
    }

    public static TextTable Of(CampaignSnapshot snapshot, PreviousYearComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        var (now, before) = (VietnameseDates.MonthNumber(comparison.Period), VietnameseDates.MonthNumber(comparison.PreviousPeriod));
        var table = new TextTable("Cụm, khối", "Mã đơn vị", "Tên đơn vị", "Loại", $"Hạng {now}", $"Điểm {now}", $"Hạng {before}", $"Điểm {before}",
            "Thay đổi điểm", "Thay đổi hạng (+ lên, − xuống)", "Ghi chú");
        foreach (var r in comparison.Rows)
        {
            var cluster = PreviousYearRows.ListedCluster(r);
            table.Row(RankingGroupName.ClusterHeading(cluster, snapshot.ClusterName(cluster)), r.Unit, r.UnitName, StatusWords.Of(r.Kind),
                Int(r.Rank), Score(r.Score), Int(r.PreviousRank), Score(r.PreviousScore),
                r.ScoreChange is { } d ? PreviousYearWords.Change(d) : "—", RankChange(r.RankChange),
                PreviousYearWords.Note(r, u => snapshot.Units.TryGetValue(u, out var unit) ? unit.Name : u) ?? "");
        }
        return table;
    }

    private static string Int(int? n) => n is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    private static string Score(decimal? d) => d is { } v ? VietnameseNumber.FormatFixed(v, 2) : "—";

    // Signed as the column's heading says (the workbook's number): "+2", "−1" (the minus sign), "0".
    private static string RankChange(int? d) => d switch
    {
        null => "—",
        > 0 => "+" + d.Value.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-d.Value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
