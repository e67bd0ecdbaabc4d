using System.Globalization;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Charts.Svg;

/// <summary>Monthly actual (solid, with points) against the expected pro-rata line (dashed) and the target line.</summary>
internal static class ProgressSvg
{
    private const string Kind = "progress";
    private const int Inset = 24; // keeps the first and last points off the axes

    // The wide chart, and the phone's: 300 wide (drawn at least 1:1 on a phone), four month labels, five ticks.
    private sealed record Geometry(int Width, int PlotLeft, int PlotTop, int PlotBottom, int MonthLabels, int Ticks)
    {
        public int PlotRight => Width - ChartFrame.Margin - 8;
    }

    public static string Render(ProgressChart chart, ChartLayout layout = ChartLayout.Wide)
    {
        var narrow = layout == ChartLayout.Narrow;
        var (titleTop, titleLines) = ChartFrame.NarrowTitle(chart.Title, 300);
        var g = narrow ? new Geometry(300, 56, titleTop + 44, titleTop + 244, 4, 5) : new Geometry(800, 96, 64, 344, 12, 6);
        var points = chart.Points;
        if (points is null || points.Count == 0) return ChartFrame.Placeholder(narrow ? Kind + "-narrow" : Kind, chart.Title, g.Width);

        var scale = Scale(chart, g.Ticks);
        g = g with { PlotLeft = (int)ValueAxis.LeftFor(scale, g.PlotLeft, tick => VietnameseNumber.Format(tick)) }; // "25.000.000" on a phone
        var legend = LegendItems(chart);
        var legendTop = g.PlotBottom + 32;
        var height = legendTop + Legend.Height(legend, g.Width - 2 * ChartFrame.Margin) + 8;

        var svg = narrow ? ChartFrame.BeginNarrow(Kind, chart.Title, titleLines, g.Width, height) : ChartFrame.Begin(Kind, chart.Title, g.Width, height);
        var unit = XmlText.Normalize(chart.UnitOfMeasure);
        if (unit.Length > 0)
            svg.Text(ChartFrame.Margin, g.PlotTop - 14, TextMeasure.FitWords("Đơn vị tính: " + unit, narrow ? g.Width - 2 * ChartFrame.Margin : g.Width / 2.0, 11), TextStyle.Note);
        ValueAxis.WriteAlongY(svg, scale, g.PlotLeft, g.PlotRight, g.PlotBottom, g.PlotTop, tick => VietnameseNumber.Format(tick));
        WriteMonthLabels(svg, g, points);

        if (chart.TargetMax is { } stretch) WriteLevel(svg, g, scale, stretch, "Mức phấn đấu: ", "2 3");
        if (chart.Target is { } target) WriteLevel(svg, g, scale, target, "Chỉ tiêu: ", "8 4");

        var expected = new List<double>(points.Count * 2);
        for (var i = 0; i < points.Count; i++) { expected.Add(X(g, i, points.Count)); expected.Add(Y(g, scale, points[i].Expected)); }
        svg.Polyline(expected, Palette.Expected, 2, "5 4");

        WriteActualLine(svg, g, scale, points);
        WritePoints(svg, g, scale, points, unit);
        Legend.Write(svg, legend, ChartFrame.Margin, legendTop, g.Width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    // Months without data break the line rather than being drawn as zero.
    private static void WriteActualLine(SvgWriter svg, Geometry g, NiceScale scale, IReadOnlyList<ProgressPoint> points)
    {
        var segment = new List<double>(points.Count * 2);
        for (var i = 0; i <= points.Count; i++)
        {
            if (i < points.Count && points[i].Actual is { } actual)
            {
                segment.Add(X(g, i, points.Count));
                segment.Add(Y(g, scale, actual));
                continue;
            }
            if (segment.Count >= 4) svg.Polyline(segment, Palette.Actual, 2.5);
            segment.Clear();
        }
    }

    private static void WritePoints(SvgWriter svg, Geometry g, NiceScale scale, IReadOnlyList<ProgressPoint> points, string unit)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Actual is not { } actual) continue;
            svg.OpenGroup(MonthLabel(points[i].Month) + " – thực hiện: " + VietnameseNumber.WithUnit(VietnameseNumber.Format(actual), unit)
                + "; kế hoạch đến kỳ: " + VietnameseNumber.WithUnit(VietnameseNumber.Format(points[i].Expected), unit));
            svg.Circle(X(g, i, points.Count), Y(g, scale, actual), 3.5, Palette.Background, Palette.Actual);
            svg.CloseGroup();
        }
    }

    private static void WriteLevel(SvgWriter svg, Geometry g, NiceScale scale, decimal value, string caption, string dash)
    {
        var y = SvgWriter.Snap(Y(g, scale, value));
        svg.Line(g.PlotLeft, y, g.PlotRight, y, Palette.Target, 2, dash);
        svg.Text(g.PlotRight - 4, y - 6, caption + VietnameseNumber.Format(value),
            new TextStyle(11, TextAnchor.End, Palette.Target, true));
    }

    private static void WriteMonthLabels(SvgWriter svg, Geometry g, IReadOnlyList<ProgressPoint> points)
    {
        var every = (points.Count + g.MonthLabels - 1) / g.MonthLabels;
        for (var i = 0; i < points.Count; i += every)
        {
            var x = SvgWriter.Crisp(X(g, i, points.Count));
            svg.Line(x, g.PlotBottom, x, g.PlotBottom + 4, Palette.Axis);
            svg.Text(x, g.PlotBottom + 17, MonthLabel(points[i].Month), TextStyle.Tick);
        }
    }

    private static string MonthLabel(YearMonth month) =>
        month.Month.ToString("00", CultureInfo.InvariantCulture) + "/" + month.Year.ToString("0000", CultureInfo.InvariantCulture);

    private static double X(Geometry g, int index, int count) => count == 1
        ? (g.PlotLeft + g.PlotRight) / 2.0
        : g.PlotLeft + Inset + index * (g.PlotRight - g.PlotLeft - 2.0 * Inset) / (count - 1);

    private static double Y(Geometry g, NiceScale scale, decimal value) => scale.Map(value, g.PlotBottom, g.PlotTop);

    private static NiceScale Scale(ProgressChart chart, int ticks)
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
        return NiceScale.For(min, max, ticks);
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
