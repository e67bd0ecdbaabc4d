using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>
/// The attainment chart as PNG: a bar per unit in % (or points), status colours, the dashed 100 line, stretch marks;
/// bars of several clusters under a heading per cluster, each bar's place in it before its name ("2=" when shared), as
/// the SVG draws them. The SVG's ▲ = ▼ marks after the values are left out: Noto Sans has no such glyphs (they came
/// out as boxes).
/// </summary>
internal static class AttainmentPng
{
    public static byte[] Render(AttainmentChart chart)
    {
        var bars = chart.Bars;
        if (bars.Count == 0) return PngPlot.Empty(chart.Title);
        var plot = PngPlot.Create(chart.Title);
        var rows = PngRows.Of(bars, b => b.Group, b => b.Place, b => b.UnitName);
        var drawn = new List<Bar>(bars.Count);
        var values = new List<(int, double, string)>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var style = StatusStyles.For(bar.Status);
            var percent = bar.Ratio is { } r ? (double)(r * 100) : 0;
            drawn.Add(new Bar
            {
                Position = rows.Position(i), Value = percent, FillColor = PngPlot.Hex(style.Fill), LineColor = PngPlot.Hex(Palette.MutedInk),
                Orientation = Orientation.Horizontal, Size = 0.7,
            });
            var end = Math.Max(percent, 0);
            if (bar.StretchRatio is { } stretch)
            {
                var y = rows.Position(i);
                var mark = plot.Add.Line((double)(stretch * 100), y - 0.45, (double)(stretch * 100), y + 0.45);
                mark.LineColor = PngPlot.Hex(Palette.Ink);
                mark.LineWidth = 2;
                end = Math.Max(end, (double)(stretch * 100));
            }
            // A score as the ranking writes it (102,67), a ratio as the tables and the SVG write it (102,67%).
            values.Add((i, end, bar.Ratio is { } q ? (chart.Scores ? VietnameseNumber.FormatFixed(q * 100, 2) : VietnameseNumber.FormatPercent(q, 2)) : ChartFrame.EmptyText));
        }
        plot.Add.Bars(drawn);
        var reference = chart.Scores ? "100 điểm" : "100%";
        var hundred = plot.Add.VerticalLine(100, 2, PngPlot.Hex(Palette.Reference), LinePattern.Dashed);
        hundred.LabelText = reference;
        hundred.LabelFontName = PngFonts.Family;
        PngPlot.RowLabels(plot, rows.Labels);
        PngPlot.VietnameseTicks(plot.Axes.Bottom, chart.Scores ? "" : "%");
        plot.Axes.Bottom.Label.Text = chart.Scores ? "Điểm thi đua" : "Tỷ lệ hoàn thành (%)";
        var max = bars.Select(b => (double)Math.Max(b.Ratio ?? 0, b.StretchRatio ?? 0) * 100).Append(100).Max();
        var min = bars.Select(b => (double)(b.Ratio ?? 0) * 100).Append(0).Min();
        plot.Axes.SetLimitsX(min, max * 1.2);
        rows.DrawHeadings(plot, min);
        foreach (var status in StatusStyles.IndicatorStatuses)
            PngPlot.LegendItem(plot, Label(status, chart.Scores, chart.Progress), StatusStyles.For(status).Fill);
        PngPlot.LegendItem(plot, reference, Palette.Reference, line: true, LinePattern.Dashed);
        if (bars.Any(b => b.StretchRatio is not null)) PngPlot.LegendItem(plot, "Mức phấn đấu", Palette.Ink, line: true);
        PngPlot.ShowLegend(plot);
        var height = PngPlot.HeightFor(rows.Labels.Count);
        rows.DrawValues(plot, values, 100, PngPlot.Width, height);
        return PngPlot.Png(plot, height);
    }

    // As the SVG words a score's colours: above, at, below 100 points.
    // Before the campaign's last month the statuses are progress ("Chậm tiến độ"), as the SVG says them.
    private static string Label(ChartIndicatorStatus status, bool scores, bool progress) => !scores ? StatusStyles.For(status, progress).Label : status switch
    {
        ChartIndicatorStatus.Exceeded => "Trên 100 điểm",
        ChartIndicatorStatus.Met => "Đủ 100 điểm",
        ChartIndicatorStatus.NotMet => "Dưới 100 điểm",
        _ => StatusStyles.For(status).Label,
    };
}
