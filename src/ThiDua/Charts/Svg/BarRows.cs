namespace ThiDua.Charts.Svg;

/// <summary>Geometry shared by the horizontal bar charts: one row per unit, names left, values right.</summary>
internal static class BarRows
{
    public const int Width = 800;
    public const int RowHeight = 26;
    public const int BarHeight = 16;
    public const int PlotTop = 64;
    public const int PlotRight = 712;
    public const int AxisLabelsHeight = 24;

    public static double RowTop(int index) => PlotTop + index * RowHeight;

    public static double BarTop(int index) => RowTop(index) + (RowHeight - BarHeight) / 2;

    public static double Baseline(int index) => RowTop(index) + 17;

    public static double PlotBottom(int count) => PlotTop + count * RowHeight;

    /// <summary>Light band behind every other row, so long lists can be followed across the page.</summary>
    public static void Bands(SvgWriter svg, int count, double left, double right)
    {
        for (var i = 1; i < count; i += 2) svg.Rect(left, RowTop(i), right - left, RowHeight, Palette.Band);
    }

    /// <summary>Bar from the zero line to <paramref name="value"/>, on whole pixels, with its print pattern.</summary>
    public static void Bar(SvgWriter svg, NiceScale scale, double left, double right, int index, decimal value,
        string fill, FillPattern pattern)
    {
        var zero = SvgWriter.Snap(scale.Map(0, left, right));
        var end = SvgWriter.Snap(scale.Map(value, left, right));
        var x = Math.Min(zero, end);
        var width = Math.Abs(end - zero);
        svg.Rect(x, BarTop(index), width, BarHeight, fill);
        svg.PatternRect(x, BarTop(index), width, BarHeight, pattern);
    }
}
