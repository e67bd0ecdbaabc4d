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
