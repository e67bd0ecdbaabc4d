using ThiDua.Analytics;
using ThiDua.Charts.Mapping;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The units × indicators heatmap as sheets: a row per unit (code, name), a column per indicator holding its
/// attainment ratio as a percentage (empty: no data or not assigned). Every unit the filter admits, not only the
/// chart's lowest 40: a spreadsheet has room. Units of several clusters get one sheet per cluster (named by its code,
/// units without one last), as the chart groups them, each with its own indicators; one cluster, one sheet.
/// </summary>
public static class HeatmapSheet
{
    public const string SingleSheet = "Đơn vị × chỉ tiêu";
    // Named as every table and heading names it ("Không thuộc cụm, khối"), not a shorter word of its own.
    public static readonly string NoCluster = global::ThiDua.Ranking.RankingGroupName.ClusterHeading(null);

    public static IReadOnlyList<XlsxSheet> Of(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = result.Attainment.Where(a => snapshot.Units.TryGetValue(a.Unit, out var u) && filter.Admits(u)).ToList();
        var groups = rows.GroupBy(a => snapshot.Units[a.Unit].Cluster ?? "")
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count <= 1) return [Sheet(SingleSheet, snapshot, rows)];
        return groups.Select(g => Sheet(g.Key.Length == 0 ? NoCluster : g.Key, snapshot, g.ToList())).ToList();
    }

    private static XlsxSheet Sheet(string name, CampaignSnapshot snapshot, IReadOnlyList<Attainment.AttainmentRow> rows)
    {
        var used = rows.Select(a => a.Indicator).ToHashSet(StringComparer.Ordinal);
        var indicators = snapshot.Indicators.Where(i => used.Contains(i.Code)).ToList();
        var ratios = rows.ToDictionary(a => (a.Unit, a.Indicator), a => a.Ratio);
        var columns = new List<XlsxColumn> { new("Mã đơn vị"), new("Đơn vị") };
        columns.AddRange(indicators.Select(i => new XlsxColumn(i.Name, XlsxCellStyle.Percent)));
        var units = rows.Select(a => a.Unit).Distinct().Order(StringComparer.Ordinal).ToList();
        return new XlsxSheet(name, columns, units.Select(unit =>
        {
            var cells = new object?[columns.Count];
            cells[0] = unit;
            cells[1] = snapshot.Units[unit].Name;
            for (var i = 0; i < indicators.Count; i++)
                cells[i + 2] = ratios.GetValueOrDefault((unit, indicators[i].Code));
            return cells;
        }).ToList());
    }
}
