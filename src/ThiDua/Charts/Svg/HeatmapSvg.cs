using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Units × indicators grid. Each cell carries colour, a print pattern, a text mark and the ratio in %,
/// so status reads without colour. Columns are numbered, named in full in a key under the grid; rows of several
/// clusters sit under a heading row per cluster.
/// </summary>
internal static class HeatmapSvg
{
    private const string Kind = "heatmap";
    private const int MinWidth = 800;
    private const int GridLeft = 220;
    private const int HeaderTop = 44;
    private const int GridTop = 88;
    private const int RowHeight = 30;
    private const int MinCellWidth = 64;
    private const int MaxCellWidth = 110;

    /// <summary>The class of a cluster's heading row in the heatmap (the style sheet hides it where the pinned copy shows).</summary>
    public const string HeadingClass = "heatmap-heading";

    public static string Render(HeatmapChart chart)
    {
        var units = chart.Units;
        var indicators = chart.Indicators;
        if (units is null || indicators is null || units.Count == 0 || indicators.Count == 0)
            return ChartFrame.Placeholder(Kind, chart.Title, MinWidth);
        return Draw(Kind, chart.Title, chart, units, key: true);
    }

    /// <summary>
    /// For print: the grid cut between units into parts no taller than <paramref name="maxHeightPerWidth"/> times its
    /// width, each with the column header, the cluster's heading row again where a part starts inside a cluster, and the
    /// legend; the key of the numbered columns under the last (<see cref="PrintParts"/>). The heatmap as
    /// <see cref="Render"/> draws it when it fits.
    /// </summary>
    public static IReadOnlyList<string> RenderParts(HeatmapChart chart, double maxHeightPerWidth)
    {
        if (chart.Units is not { Count: > 0 } units || chart.Indicators is not { Count: > 0 } indicators) return [Render(chart)];
        var width = Width(indicators);
        var maxHeight = maxHeightPerWidth * width;
        if (Height(chart.Title, chart, units, key: true) <= maxHeight) return [Render(chart)];
        var parts = PrintParts.Split(units, maxHeight, (slice, first, last) => Height(PrintParts.Title(chart.Title, first ? 0 : 1), chart, slice, last));
        return parts.Select((part, i) => Draw(PrintParts.Kind(Kind, i), PrintParts.Title(chart.Title, i), chart, part, key: i == parts.Count - 1)).ToList();
    }

    // The document's height with its title's second line, if any: what a printed part is measured by.
    private static int Height(string title, HeatmapChart chart, IReadOnlyList<HeatmapUnit> units, bool key) =>
        Height(chart, GroupedRows.Of(units, x => x.Group).Count, key) + ChartFrame.TitleShift(title, Width(chart.Indicators));

    private static int Height(HeatmapChart chart, int rows, bool key) =>
        KeyTop(chart, rows) + (key ? HeatmapKey.Height(chart.Indicators, Width(chart.Indicators) - 2 * ChartFrame.Margin) + 8 : 0);

    // Under the grid and its legend: where the key starts, or the part ends without it.
    private static int KeyTop(HeatmapChart chart, int rows) =>
        GridTop + rows * RowHeight + 16 + Legend.Height(LegendItems(chart.Progress), Width(chart.Indicators) - 2 * ChartFrame.Margin) + 8;

    private static string Draw(string kind, string title, HeatmapChart chart, IReadOnlyList<HeatmapUnit> units, bool key)
    {
        var indicators = chart.Indicators;
        var cellWidth = CellWidth(indicators);
        var width = Width(indicators);
        var legend = LegendItems(chart.Progress);
        var rows = GroupedRows.Of(units, x => x.Group);
        var gridBottom = GridTop + rows.Count * RowHeight;

        var svg = ChartFrame.Begin(kind, title, width, Height(chart, rows.Count, key));
        WriteHeader(svg, indicators, cellWidth);

        var cells = Index(chart.Cells);
        for (var row = 0; row < rows.Count; row++)
        {
            var (unit, heading) = rows[row];
            var top = GridTop + row * RowHeight;
            if (heading is not null)
            {
                // On a phone the pinned names' copy shows the heading instead (the page makes this one transparent): this
                // one, wider than the copy, showed through after the copy's cut ("…thuộc Sở T… Kiên Giang (KG-PHON").
                svg.OpenClassGroup(HeadingClass);
                svg.Text(ChartFrame.Margin, top + 19, TextMeasure.FitWords(heading, width - 2 * ChartFrame.Margin, 12), new TextStyle(12, TextAnchor.Start, Palette.Ink, true));
                svg.CloseGroup();
                continue;
            }
            svg.OpenGroup(unit.Name + " (" + unit.Code + ")");
            svg.Text(GridLeft - 8, top + 19, TextMeasure.FitWords(ShortUnitName.Of(unit.Name), GridLeft - 8 - ChartFrame.Margin - 4, 12), TextStyle.LabelEnd);
            svg.CloseGroup();
            for (var col = 0; col < indicators.Count; col++)
            {
                cells.TryGetValue((unit.Code, indicators[col].Code), out var cell);
                WriteCell(svg, GridLeft + col * cellWidth, top, cellWidth, unit, indicators[col], cell, chart.Progress);
            }
        }
        Legend.Write(svg, legend, ChartFrame.Margin, gridBottom + 16, width - 2 * ChartFrame.Margin);
        if (key) HeatmapKey.Write(svg, indicators, ChartFrame.Margin, KeyTop(chart, rows.Count), width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    /// <summary>
    /// The grid's name column alone, drawn where it lies in <see cref="Render"/> (same size up to the grid's last row):
    /// on a phone the page lays it over the scrolling heatmap so the names stay in view. White from the header row
    /// down, so the cells scroll under it; transparent above, so the title stays readable.
    /// </summary>
    public static string RenderNames(HeatmapChart chart)
    {
        if (chart.Units is not { Count: > 0 } units || chart.Indicators is not { Count: > 0 }) return "";
        var rows = GroupedRows.Of(units, x => x.Group);
        var bottom = GridTop + rows.Count * RowHeight;
        var shift = ChartFrame.TitleShift(chart.Title, Width(chart.Indicators)); // the heatmap's title took two lines
        var svg = new SvgWriter(GridLeft, bottom + shift);
        svg.MoveDown(shift);
        svg.Rect(0, HeaderTop, GridLeft, bottom - HeaderTop, Palette.Background);
        svg.Line(GridLeft - 0.5, HeaderTop, GridLeft - 0.5, bottom, Palette.Grid);
        for (var row = 0; row < rows.Count; row++)
        {
            var (unit, heading) = rows[row];
            var top = GridTop + row * RowHeight;
            if (heading is not null)
                svg.Text(ChartFrame.Margin, top + 19, TextMeasure.FitWords(heading, GridLeft - ChartFrame.Margin - 4, 12), new TextStyle(12, TextAnchor.Start, Palette.Ink, true));
            else
                svg.Text(GridLeft - 8, top + 19, TextMeasure.FitWords(ShortUnitName.Of(unit.Name), GridLeft - 8 - ChartFrame.Margin - 4, 12), TextStyle.LabelEnd);
        }
        return svg.Finish();
    }

    private static int CellWidth(IReadOnlyList<HeatmapIndicator> indicators) =>
        Math.Clamp((MinWidth - GridLeft - ChartFrame.Margin) / indicators.Count, MinCellWidth, MaxCellWidth);

    private static int Width(IReadOnlyList<HeatmapIndicator> indicators) =>
        Math.Max(MinWidth, GridLeft + indicators.Count * CellWidth(indicators) + ChartFrame.Margin);

    private static void WriteHeader(SvgWriter svg, IReadOnlyList<HeatmapIndicator> indicators, int cellWidth)
    {
        var codeStyle = new TextStyle(11, TextAnchor.Middle, Palette.Ink, true);
        var nameStyle = new TextStyle(10, TextAnchor.Middle, Palette.MutedInk, false);
        for (var col = 0; col < indicators.Count; col++)
        {
            var indicator = indicators[col];
            var centre = GridLeft + col * cellWidth + cellWidth / 2.0;
            svg.OpenGroup(indicator.Name + " (" + indicator.Code + ")");
            svg.Text(centre, HeaderTop + 22, HeatmapKey.Number(col), codeStyle);
            svg.Text(centre, HeaderTop + 37, TextMeasure.Fit(indicator.Code, cellWidth - 6, 10), nameStyle);
            svg.CloseGroup();
        }
    }

    private static void WriteCell(SvgWriter svg, int left, int top, int width, HeatmapUnit unit, HeatmapIndicator indicator,
        HeatmapCell? cell, bool progress)
    {
        var style = cell is null ? StatusStyles.NotAssigned : StatusStyles.For(cell.Status, progress);
        var value = cell?.Ratio is { } ratio ? VietnameseNumber.FormatPercent(ratio, 2) : "—"; // no figure: the same dash as the pages and reports
        var tooltip = unit.Name + " (" + unit.Code + ") – " + indicator.Name + " (" + indicator.Code + "): "
            + (cell?.Ratio is null ? style.Label : value + " – " + style.Label);

        svg.OpenGroup(tooltip);
        // 1px white gutter between cells; the border is drawn on pixel centres.
        svg.Rect(left + 1.5, top + 1.5, width - 3, RowHeight - 3, style.Fill, cell is null ? Palette.Grid : Palette.Axis);
        svg.PatternRect(left + 2, top + 2, width - 4, RowHeight - 4, style.Pattern);
        if (style.Mark.Length > 0)
            svg.Text(left + 5, top + 12, style.Mark, new TextStyle(9, TextAnchor.Start, style.TextFill, true));
        svg.Text(left + width / 2.0 + 4, top + 20, value,
            new TextStyle(11, TextAnchor.Middle, style.TextFill, cell?.Ratio is not null, style.TextHalo));
        svg.CloseGroup();
    }

    private static Dictionary<(string Unit, string Indicator), HeatmapCell> Index(IReadOnlyList<HeatmapCell>? cells)
    {
        var index = new Dictionary<(string, string), HeatmapCell>(cells?.Count ?? 0);
        if (cells is null) return index;
        foreach (var cell in cells) index[(cell.UnitCode, cell.IndicatorCode)] = cell; // a repeated cell: the last wins
        return index;
    }

    private static List<LegendItem> LegendItems(bool progress)
    {
        var items = new List<LegendItem>(5);
        foreach (var status in StatusStyles.IndicatorStatuses) items.Add(LegendItem.Status(StatusStyles.For(status, progress)));
        items.Add(LegendItem.Status(StatusStyles.NotAssigned));
        return items;
    }
}
