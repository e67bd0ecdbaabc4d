using System.Globalization;
using ThiDua.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Comparing;
using ThiDua.Exports.Tables;
using ThiDua.Formatting;
using ThiDua.Ranking;

namespace ThiDua.Cli.Comparing;

/// <summary>
/// <c>thidua compare</c>'s tables for people, laid out as the page: a column per unit (its code) in the order chosen,
/// the places and scores first, then each indicator's ratio and status; Vietnamese numbers, "—" where there is none.
/// </summary>
public static class CompareTable
{
    /// <summary>The workbook's title, then in English what is compared (the codes, the month, the time read).</summary>
    public static string Heading(CampaignSnapshot snapshot, UnitComparison comparison, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        return WorkbookTitle.Of("compare", snapshot.Campaign, comparison.Period, asOf).Title
            + $" / {comparison.Campaign} {comparison.Period}: {string.Join(", ", comparison.Units.Select(u => u.Unit))}"
            + (asOf is { } at ? ", as of " + VietnameseDates.Iso(at) : "");
    }

    public static TextTable Places(CampaignSnapshot snapshot, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new TextTable([$"Tháng {VietnameseDates.MonthNumber(comparison.Period)}", .. comparison.Units.Select(u => u.Unit)]);
        string[] Row(string label, Func<ComparedUnit, string> cell) => [label, .. comparison.Units.Select(cell)];
        table.Row(Row("Tên đơn vị", u => u.UnitName));
        table.Row(Row("Cụm, khối thi đua", u => RankingGroupName.ClusterShort(u.Cluster, snapshot.ClusterName(u.Cluster))));
        table.Row(Row("Tập thể, cá nhân", u => StatusWords.Of(snapshot.Units[u.Unit].Kind)));
        table.Row(Row("Hạng trong cụm, khối", u => u.Place is { } p ? p.Rank.ToString(CultureInfo.InvariantCulture) : "—"));
        table.Row(Row("Điểm", u => u.Place is { } p ? VietnameseNumber.FormatFixed(p.Score, 2) : "—"));
        table.Row(Row("Chỉ tiêu đạt / được giao", u => u.Place is { } p ? $"{p.Met}/{p.Assigned}" : "—"));
        table.Row(Row("Ghi chú", u => UnitComparison.WhyUnplaced(snapshot, comparison.Period, u) ?? ""));
        return table;
    }

    /// <summary>Each indicator's ratio and status per unit, "(cao nhất)" after the highest; null when none is counted.</summary>
    public static TextTable? Indicators(CampaignSnapshot snapshot, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Indicators.Count == 0) return null;
        var table = new TextTable(["Mã chỉ tiêu", "Tên chỉ tiêu", .. comparison.Units.Select(u => u.Unit)]);
        foreach (var i in comparison.Indicators)
            table.Row([i.Indicator, i.IndicatorName, .. i.Rows.Select(r => r is null ? "—"
                : $"{(r.Ratio is { } q ? VietnameseNumber.FormatPercent(q, 2) : "—")} {StatusWords.At(r.Status, snapshot.Campaign, r.Period)}"
                  + (i.Best.Contains(r.Unit) ? " (cao nhất)" : ""))]);
        return table;
    }
}
