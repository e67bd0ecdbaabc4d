using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>An indicator's months as PNG: the actual line against the expected line, the target and stretch lines.</summary>
internal static class ProgressPng
{
    public static byte[] Render(ProgressChart chart)
    {
        var points = chart.Points;
        if (points.Count == 0) return PngPlot.Empty(chart.Title);
        var plot = PngPlot.Create(chart.Title);
        var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
        var expected = plot.Add.Scatter(xs, points.Select(p => (double)p.Expected).ToArray());
        expected.Color = PngPlot.Hex(Palette.Expected);
        expected.LineWidth = 2;
        expected.LinePattern = LinePattern.Dashed;
        expected.MarkerSize = 0;
        var reported = points.Select((p, i) => (X: (double)i, p.Actual)).Where(p => p.Actual is not null).ToList();
        if (reported.Count > 0)
        {
            var actual = plot.Add.Scatter(reported.Select(p => p.X).ToArray(), reported.Select(p => (double)p.Actual!.Value).ToArray());
            actual.Color = PngPlot.Hex(Palette.Actual);
            actual.LineWidth = 2.5f;
            actual.MarkerSize = 7;
        }
        Level(plot, chart.Target, LinePattern.Dashed);
        Level(plot, chart.TargetMax, LinePattern.Dotted);
        plot.Axes.Bottom.SetTicks(xs, points.Select(p => p.Month.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/" + p.Month.Year).ToArray());
        PngPlot.VietnameseTicks(plot.Axes.Left);
        if (chart.UnitOfMeasure.Length > 0) plot.Axes.Left.Label.Text = "Đơn vị tính: " + chart.UnitOfMeasure;
        PngPlot.LegendItem(plot, "Thực hiện", Palette.Actual, line: true);
        PngPlot.LegendItem(plot, "Kế hoạch đến kỳ", Palette.Expected, line: true, LinePattern.Dashed);
        // The levels' values go in the legend: a label on the line would be drawn over the value axis.
        if (chart.Target is { } target) PngPlot.LegendItem(plot, "Chỉ tiêu: " + VietnameseNumber.Format(target), Palette.Target, line: true, LinePattern.Dashed);
        if (chart.TargetMax is { } max) PngPlot.LegendItem(plot, "Mức phấn đấu: " + VietnameseNumber.Format(max), Palette.Target, line: true, LinePattern.Dotted);
        PngPlot.ShowLegend(plot);
        return PngPlot.Png(plot, 420);
    }

    private static void Level(Plot plot, decimal? value, LinePattern pattern)
    {
        if (value is { } v) plot.Add.HorizontalLine((double)v, 2, PngPlot.Hex(Palette.Target), pattern);
    }
}
