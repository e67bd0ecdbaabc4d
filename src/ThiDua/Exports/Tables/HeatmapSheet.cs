using ThiDua.Analytics;
using ThiDua.Charts.Mapping;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The units × indicators heatmap as a sheet: a row per unit (code, name), a column per indicator holding its
/// attainment ratio as a percentage (empty: no data or not assigned). Every unit the filter admits, not only the
/// chart's lowest 40: a spreadsheet has room.
/// </summary>
public static class HeatmapSheet
{
    public static XlsxSheet Of(CampaignSnapshot snapshot, CampaignResult result, ChartFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = result.Attainment.Where(a => snapshot.Units.TryGetValue(a.Unit, out var u) && filter.Admits(u)).ToList();
        var used = rows.Select(a => a.Indicator).ToHashSet(StringComparer.Ordinal);
        var indicators = snapshot.Indicators.Where(i => used.Contains(i.Code)).ToList();
        var ratios = rows.ToDictionary(a => (a.Unit, a.Indicator), a => a.Ratio);
        var columns = new List<XlsxColumn> { new("Mã đơn vị"), new("Đơn vị") };
        columns.AddRange(indicators.Select(i => new XlsxColumn(i.Name, XlsxCellStyle.Percent)));
        var units = rows.Select(a => a.Unit).Distinct().Order(StringComparer.Ordinal).ToList();
        return new XlsxSheet("Đơn vị × chỉ tiêu", columns, units.Select(unit =>
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
