namespace ThiDua.Charts.Svg;

/// <summary>Gridlines and tick labels for a value axis; gridlines sit on pixel centres to stay sharp.</summary>
internal static class ValueAxis
{
    /// <summary>Values along x (bar charts): vertical gridlines, labels under the plot.</summary>
    public static void WriteAlongX(SvgWriter svg, NiceScale scale, double left, double right, double top, double bottom,
        Func<decimal, string> label)
    {
        var count = scale.TickCount;
        for (var i = 0; i < count; i++)
        {
            var tick = scale.Tick(i);
            var x = SvgWriter.Crisp(scale.Map(tick, left, right));
            svg.Line(x, top, x, bottom, tick == 0 ? Palette.Axis : Palette.Grid);
            svg.Text(x, bottom + 15, label(tick), TextStyle.Tick);
        }
    }

    /// <summary>
    /// The plot's left edge for <see cref="WriteAlongY"/>: <paramref name="left"/>, or further right when a tick's label
    /// (right-aligned 6 px before the plot) would start closer than 4 px to the chart's edge. A small multiple's
    /// "-1.000%" lost its minus sign past the edge and read as +1.000% under the 0% line.
    /// </summary>
    public static double LeftFor(NiceScale scale, double left, Func<decimal, string> label)
    {
        var widest = Enumerable.Range(0, scale.TickCount).Max(i => TextMeasure.Width(label(scale.Tick(i)), TextStyle.TickEnd.Size));
        return Math.Max(left, Math.Ceiling(widest) + 6 + 4);
    }

    /// <summary>Values along y (line charts): horizontal gridlines, labels left of the plot.</summary>
    public static void WriteAlongY(SvgWriter svg, NiceScale scale, double left, double right, double bottom, double top,
        Func<decimal, string> label)
    {
        var count = scale.TickCount;
        for (var i = 0; i < count; i++)
        {
            var tick = scale.Tick(i);
            var y = SvgWriter.Crisp(scale.Map(tick, bottom, top));
            svg.Line(left, y, right, y, tick == 0 ? Palette.Axis : Palette.Grid);
            svg.Text(left - 6, y + 4, label(tick), TextStyle.TickEnd);
        }
    }
}
