using ThiDua.Analytics.Output;
using ThiDua.Attainment;

namespace ThiDua.Comparing;

/// <summary>
/// <c>thidua compare --format csv</c>: <c>GET /api/campaigns/{c}/compare</c> flattened for a script — a line per unit
/// (in the order chosen) and indicator assigned to it (in the API's order), each led by the comparison's campaign and
/// period and the unit's fields with its <c>place</c> spread out (empty without one); a unit with no indicator that month
/// gets one line with the indicator's fields empty, so every unit chosen is there. <c>best</c> is <c>true</c> where the
/// unit is among the indicator's highest ratios. Header first, LF endings, invariant numbers (as <see cref="AnalyticsCsv"/>).
/// </summary>
public static class UnitComparisonCsv
{
    public const string Header = "campaign,period,unit,unit_name,cluster,kind,rank,score,met,assigned,ended,"
        + "indicator,indicator_name,actual,target,ratio,status,best";

    public static void Write(TextWriter writer, UnitComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        // Explicit "\n": TextWriter.WriteLine would use the platform's newline.
        writer.Write(Header + "\n");
        for (var n = 0; n < comparison.Units.Count; n++)
        {
            var u = comparison.Units[n];
            var p = u.Place;
            string[] unit =
            [
                CsvCells.Text(comparison.Campaign), comparison.Period.ToString(), CsvCells.Text(u.Unit), CsvCells.Text(u.UnitName),
                CsvCells.Text(u.Cluster), p is null ? "" : AnalyticsCsv.Kind(p.Kind), p is null ? "" : CsvCells.Int(p.Rank),
                p is null ? "" : CsvCells.Fixed(p.Score, 2), p is null ? "" : CsvCells.Int(p.Met), p is null ? "" : CsvCells.Int(p.Assigned),
                u.Ended?.ToString() ?? "",
            ];
            var lines = comparison.Indicators.Where(i => i.Rows[n] is not null)
                .Select(i => Indicator(i, i.Rows[n]!)).DefaultIfEmpty(["", "", "", "", "", "", ""]);
            foreach (var indicator in lines) writer.Write(string.Join(',', unit.Concat(indicator)) + "\n");
        }
    }

    // As thidua attainment's CSV: actual and ratio empty for no_data whatever the row holds.
    private static string[] Indicator(ComparedIndicator i, AttainmentRow r)
    {
        var noData = r.Status == AttainmentStatus.NoData;
        return
        [
            CsvCells.Text(i.Indicator), CsvCells.Text(i.IndicatorName),
            noData || r.Actual is not { } a ? "" : CsvCells.Number(a), CsvCells.Number(r.Target),
            noData || r.Ratio is not { } q ? "" : CsvCells.Fixed(q, 4), AnalyticsCsv.Status(r.Status),
            i.Best.Contains(r.Unit) ? "true" : "false",
        ];
    }
}
