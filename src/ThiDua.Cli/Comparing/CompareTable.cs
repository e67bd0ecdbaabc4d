using System.Globalization;
using ThiDua.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Comparing;
using ThiDua.Exports.Tables;
using ThiDua.Formatting;
using ThiDua.Ranking;

namespace ThiDua.Cli.Comparing;

/// <summary>
/// <c>thidua compare</c>'s tables for people: the places and scores (a row per unit, as the workbook's first sheet), then
/// each indicator's ratio and status with a column per unit code, as the page; Vietnamese numbers, "—" where there is none.
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

    /// <summary>A row per unit in the order chosen, the workbook's first sheet in the page's words.</summary>
    public static TextTable Places(CampaignSnapshot snapshot, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new TextTable("Mã đơn vị", "Tên đơn vị", "Cụm, khối thi đua", "Tập thể, cá nhân", "Hạng trong cụm, khối", "Điểm",
            "Chỉ tiêu đạt / được giao", "Ghi chú");
        foreach (var u in comparison.Units)
            table.Row(u.Unit, u.UnitName, RankingGroupName.ClusterShort(u.Cluster, snapshot.ClusterName(u.Cluster)), StatusWords.Of(snapshot.Units[u.Unit].Kind),
                u.Place is { } p ? p.Rank.ToString(CultureInfo.InvariantCulture) : "—", u.Place is { } s ? VietnameseNumber.FormatFixed(s.Score, 2) : "—",
                u.Place is { } m ? $"{m.Met}/{m.Assigned}" : "—", UnitComparison.WhyUnplaced(snapshot, comparison.Period, u) ?? "");
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
