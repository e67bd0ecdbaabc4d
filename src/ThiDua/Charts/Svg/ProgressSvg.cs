using System.Globalization;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Charts.Svg;

/// <summary>Monthly actual (solid, with points) against the expected pro-rata line (dashed) and the target line.</summary>
internal static class ProgressSvg
{
    private const string Kind = "progress";
    private const int Width = 800;
    private const int PlotLeft = 96;
    private const int PlotRight = Width - ChartFrame.Margin - 8;
    private const int PlotTop = 64;
    private const int PlotBottom = 344;
    private const int Inset = 24; // keeps the first and last points off the axes
    private const int MaxMonthLabels = 12;

    public static string Render(ProgressChart chart)
    {
        var points = chart.Points;
        if (points is null || points.Count == 0) return ChartFrame.Placeholder(Kind, chart.Title, Width);

        var scale = Scale(chart);
        var legend = LegendItems(chart);
        var legendTop = PlotBottom + 32;
        var height = legendTop + Legend.Height(legend, Width - 2 * ChartFrame.Margin) + 8;

        var svg = ChartFrame.Begin(Kind, chart.Title, Width, height);
        var unit = XmlText.Normalize(chart.UnitOfMeasure);
        if (unit.Length > 0) svg.Text(ChartFrame.Margin, 50, TextMeasure.Fit("Đơn vị tính: " + unit, Width / 2.0, 11), TextStyle.Note);
        ValueAxis.WriteAlongY(svg, scale, PlotLeft, PlotRight, PlotBottom, PlotTop, tick => VietnameseNumber.Format(tick));
        WriteMonthLabels(svg, points);

        if (chart.TargetMax is { } stretch) WriteLevel(svg, scale, stretch, "Mức phấn đấu: ", "2 3");
        if (chart.Target is { } target) WriteLevel(svg, scale, target, "Chỉ tiêu: ", "8 4");

        var expected = new List<double>(points.Count * 2);
        for (var i = 0; i < points.Count; i++) { expected.Add(X(i, points.Count)); expected.Add(Y(scale, points[i].Expected)); }
        svg.Polyline(expected, Palette.Expected, 2, "5 4");

        WriteActualLine(svg, scale, points);
        WritePoints(svg, scale, points, unit);
        Legend.Write(svg, legend, ChartFrame.Margin, legendTop, Width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    // Months without data break the line rather than being drawn as zero.
    private static void WriteActualLine(SvgWriter svg, NiceScale scale, IReadOnlyList<ProgressPoint> points)
    {
        var segment = new List<double>(points.Count * 2);
        for (var i = 0; i <= points.Count; i++)
        {
            if (i < points.Count && points[i].Actual is { } actual)
            {
                segment.Add(X(i, points.Count));
                segment.Add(Y(scale, actual));
                continue;
            }
            if (segment.Count >= 4) svg.Polyline(segment, Palette.Actual, 2.5);
            segment.Clear();
        }
    }

    private static void WritePoints(SvgWriter svg, NiceScale scale, IReadOnlyList<ProgressPoint> points, string unit)
    {
        var suffix = unit.Length > 0 ? " " + unit : "";
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Actual is not { } actual) continue;
            svg.OpenGroup(MonthLabel(points[i].Month) + " – thực hiện: " + VietnameseNumber.Format(actual) + suffix
                + "; kế hoạch đến kỳ: " + VietnameseNumber.Format(points[i].Expected) + suffix);
            svg.Circle(X(i, points.Count), Y(scale, actual), 3.5, Palette.Background, Palette.Actual);
            svg.CloseGroup();
        }
    }

    private static void WriteLevel(SvgWriter svg, NiceScale scale, decimal value, string caption, string dash)
    {
        var y = SvgWriter.Snap(Y(scale, value));
        svg.Line(PlotLeft, y, PlotRight, y, Palette.Target, 2, dash);
        svg.Text(PlotRight - 4, y - 6, caption + VietnameseNumber.Format(value),
            new TextStyle(11, TextAnchor.End, Palette.Target, true));
    }

    private static void WriteMonthLabels(SvgWriter svg, IReadOnlyList<ProgressPoint> points)
    {
        var every = (points.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        for (var i = 0; i < points.Count; i += every)
        {
            var x = SvgWriter.Crisp(X(i, points.Count));
            svg.Line(x, PlotBottom, x, PlotBottom + 4, Palette.Axis);
            svg.Text(x, PlotBottom + 17, MonthLabel(points[i].Month), TextStyle.Tick);
        }
    }

    private static string MonthLabel(YearMonth month) =>
        month.Month.ToString("00", CultureInfo.InvariantCulture) + "/" + month.Year.ToString("0000", CultureInfo.InvariantCulture);

    private static double X(int index, int count) => count == 1
        ? (PlotLeft + PlotRight) / 2.0
        : PlotLeft + Inset + index * (PlotRight - PlotLeft - 2.0 * Inset) / (count - 1);

    private static double Y(NiceScale scale, decimal value) => scale.Map(value, PlotBottom, PlotTop);

    private static NiceScale Scale(ProgressChart chart)
    {
        decimal min = 0, max = 0;
        void Include(decimal v) { min = Math.Min(min, v); max = Math.Max(max, v); }
        foreach (var point in chart.Points)
        {
            Include(point.Expected);
            if (point.Actual is { } actual) Include(actual);
        }
        if (chart.Target is { } target) Include(target);
        if (chart.TargetMax is { } stretch) Include(stretch);
        return NiceScale.For(min, max);
    }

    private static List<LegendItem> LegendItems(ProgressChart chart)
    {
        var items = new List<LegendItem>(4)
        {
            LegendItem.Line("Thực hiện", Palette.Actual),
            LegendItem.Line("Kế hoạch đến kỳ", Palette.Expected, "5 4"),
        };
        if (chart.Target is not null) items.Add(LegendItem.Line("Chỉ tiêu", Palette.Target, "8 4"));
        if (chart.TargetMax is not null) items.Add(LegendItem.Line("Mức phấn đấu", Palette.Target, "2 3"));
        return items;
    }
}
