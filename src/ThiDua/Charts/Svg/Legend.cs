namespace ThiDua.Charts.Svg;

/// <summary>A legend laid out left to right, wrapping to new rows; <see cref="Height"/> is known before drawing.</summary>
internal static class Legend
{
    public const int RowHeight = 22;
    private const int SampleWidth = 22;
    private const int Gap = 20;

    public static int Height(IReadOnlyList<LegendItem> items, double width) => Place(null, items, 0, 0, width) * RowHeight;

    public static void Write(SvgWriter svg, IReadOnlyList<LegendItem> items, double left, double top, double width) =>
        Place(svg, items, left, top, width);

    // One routine both measures and draws, so the reserved height always matches what is drawn.
    private static int Place(SvgWriter? svg, IReadOnlyList<LegendItem> items, double left, double top, double width)
    {
        if (items.Count == 0) return 0;
        var rows = 1;
        var x = left;
        foreach (var item in items)
        {
            var itemWidth = SampleWidth + 6 + TextMeasure.Width(item.Label, 11);
            if (x > left && x + itemWidth > left + width)
            {
                rows++;
                x = left;
            }
            if (svg is not null) Draw(svg, item, x, top + (rows - 1) * RowHeight);
            x += itemWidth + Gap;
        }
        return rows;
    }

    private static void Draw(SvgWriter svg, LegendItem item, double x, double y)
    {
        var sx = SvgWriter.Snap(x);
        var sy = SvgWriter.Snap(y) + 4;
        if (item.Swatch is { } swatch)
        {
            svg.Rect(sx + 0.5, sy + 0.5, SampleWidth - 1, 13, swatch.Fill, Palette.Axis);
            svg.PatternRect(sx + 1, sy + 1, SampleWidth - 2, 12, swatch.Pattern);
            if (swatch.Mark.Length > 0)
                svg.Text(sx + SampleWidth / 2.0, sy + 11, swatch.Mark, new TextStyle(9, TextAnchor.Middle, swatch.TextFill, true));
        }
        else if (item.LineStroke is { } stroke)
        {
            svg.Line(sx, sy + 7, sx + SampleWidth, sy + 7, stroke, 2, item.LineDash);
        }
        svg.Text(sx + SampleWidth + 6, sy + 11, item.Label, new TextStyle(11, TextAnchor.Start, Palette.Ink, false));
    }
}
