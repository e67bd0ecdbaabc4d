using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// The phone layout of the bar charts (attainment, ranking, awards), 300 wide so it is drawn at least 1:1 on a
/// 360–390 px screen: each unit's place and name on their own line, its bar under it, four ticks at most, the
/// legend below. Value labels the 100 line would cross start after it, as in the wide chart. Names are the short ones
/// (<see cref="ShortUnitName"/>), the full name in the tooltip.
/// </summary>
internal static class NarrowBars
{
    public const int Width = 300;
    private const int Left = ChartFrame.Margin;
    private const int PlotRight = Width - ChartFrame.Margin - 66; // room for "104,63% ▲" after a full bar
    private const int HeadingHeight = 26;
    private const int BarHeight = 14;

    public static string Render(string kind, string title, string caption, IReadOnlyList<(NarrowBar Item, string? Heading)> rows,
        NiceScale scale, string? reference, IReadOnlyList<LegendItem> legend, Func<decimal, string> tick)
    {
        var (svgTop, titleLines) = ChartFrame.NarrowTitle(title, Width);
        var plotTop = svgTop + (reference is null ? 30 : 44);
        var bottom = (double)plotTop;
        foreach (var row in rows) bottom += Height(row);
        var legendTop = bottom + 30;
        var height = (int)legendTop + Legend.Height(legend, Width - 2 * Left) + 8;

        var svg = ChartFrame.BeginNarrow(kind, title, titleLines, Width, height);
        svg.Text(Left, svgTop + 18, caption, TextStyle.Note);
        var y = (double)plotTop;
        var bars = 0;
        foreach (var row in rows)
        {
            if (row.Heading is null && bars++ % 2 == 1) svg.Rect(0, y, Width, Height(row), Palette.Band); // every other bar, as the wide chart
            y += Height(row);
        }
        ValueAxis.WriteAlongX(svg, scale, Left, PlotRight, plotTop, bottom, tick);

        var hundred = reference is null ? (double?)null : SvgWriter.Snap(scale.Map(100, Left, PlotRight));
        // The 100 line runs under the names (each on a white halo, so the line never strikes through a word) and over
        // each bar (see WriteBar), as the wide chart draws it over the bars.
        if (hundred is { } h) svg.Line(h, plotTop - 4, h, bottom, Palette.Reference, 2, "6 3");
        var headingStyle = new TextStyle(12, TextAnchor.Start, Palette.Ink, true);
        y = plotTop;
        bars = 0;
        foreach (var row in rows)
        {
            if (row.Heading is { } heading) svg.Text(Left, y + 18, TextMeasure.FitWords(heading, Width - 2 * Left, 12), headingStyle with { Halo = Palette.Background });
            else WriteBar(svg, scale, row.Item, y, hundred, bars++ % 2 == 1 ? Palette.Band : Palette.Background);
            y += Height(row);
        }
        if (hundred is { } line) svg.Text(line, plotTop - 8, reference!, new TextStyle(11, TextAnchor.Middle, Palette.Ink, true));
        Legend.Write(svg, legend, Left, legendTop, Width - 2 * Left);
        return svg.Finish();
    }

    private static double Height((NarrowBar Item, string? Heading) row) =>
        row.Heading is not null ? HeadingHeight : row.Item.Note is null ? 42 : 56;

    private static void WriteBar(SvgWriter svg, NiceScale scale, NarrowBar bar, double top, double? hundred, string background)
    {
        svg.OpenGroup(bar.Tooltip);
        var nameLeft = (double)Left;
        if (bar.Place is { } place)
        {
            svg.Text(Left, top + 15, place, new TextStyle(12, TextAnchor.Start, Palette.Ink, true, background));
            nameLeft += TextMeasure.Width(place, 12) + 6;
        }
        svg.Text(nameLeft, top + 15, TextMeasure.FitWords(ShortUnitName.Of(bar.Name), Width - Left - nameLeft, 12), TextStyle.Label with { Halo = background });

        var barTop = top + 21;
        var labelX = scale.Map(0, Left, PlotRight);
        if (bar.Value is { } value)
        {
            var zero = SvgWriter.Snap(scale.Map(0, Left, PlotRight));
            var end = SvgWriter.Snap(scale.Map(value, Left, PlotRight));
            svg.Rect(Math.Min(zero, end), barTop, Math.Abs(end - zero), BarHeight, bar.Style.Fill);
            svg.PatternRect(Math.Min(zero, end), barTop, Math.Abs(end - zero), BarHeight, bar.Style.Pattern);
            labelX = Math.Max(labelX, end);
        }
        if (bar.Stretch is { } stretch)
        {
            var x = SvgWriter.Snap(scale.Map(stretch, Left, PlotRight));
            svg.Line(x, barTop - 3, x, barTop + BarHeight + 3, Palette.Ink, 2);
            labelX = Math.Max(labelX, x);
        }
        if (hundred is { } h && bar.Value is not null) svg.Line(h, barTop - 3, h, barTop + BarHeight + 3, Palette.Reference, 2, "6 3");
        var start = SvgWriter.Snap(labelX) + 6;
        if (hundred is { } line && start - 4 < line && start + TextMeasure.Width(bar.ValueText, 12) + 2 > line) start = line + 6;
        svg.Text(start, barTop + 12, bar.ValueText,
            bar.Value is null ? new TextStyle(11, TextAnchor.Start, Palette.MutedInk, false) : TextStyle.Label);
        if (bar.Note is { } note) svg.Text(Left, top + 50, TextMeasure.FitWords(note, Width - 2 * Left, 11), TextStyle.Note with { Halo = background });
        svg.CloseGroup();
    }
}
