using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>
/// The attainment chart as PNG: a bar per unit in % (or points), status colours, the dashed 100 line, stretch marks.
/// The SVG's ▲ = ▼ marks after the values are left out: Noto Sans has no such glyphs (they came out as boxes).
/// </summary>
internal static class AttainmentPng
{
    public static byte[] Render(AttainmentChart chart)
    {
        var bars = chart.Bars;
        if (bars.Count == 0) return PngPlot.Empty(chart.Title);
        var plot = PngPlot.Create(chart.Title);
        var drawn = new List<Bar>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var style = StatusStyles.For(bar.Status);
            var percent = bar.Ratio is { } r ? (double)(r * 100) : 0;
            drawn.Add(new Bar
            {
                Position = PngPlot.Row(i, bars.Count), Value = percent, FillColor = PngPlot.Hex(style.Fill), LineColor = PngPlot.Hex(Palette.MutedInk),
                Orientation = Orientation.Horizontal, Size = 0.7,
                Label = bar.Ratio is { } q ? (chart.Scores ? VietnameseNumber.FormatFixed(q * 100, 2) : VietnameseNumber.FormatPercent(q)) : ChartFrame.EmptyText,
            });
            if (bar.StretchRatio is { } stretch)
            {
                var y = PngPlot.Row(i, bars.Count);
                var mark = plot.Add.Line((double)(stretch * 100), y - 0.45, (double)(stretch * 100), y + 0.45);
                mark.LineColor = PngPlot.Hex(Palette.Ink);
                mark.LineWidth = 2;
            }
        }
        var series = plot.Add.Bars(drawn);
        series.ValueLabelStyle.FontName = PngFonts.Family;
        series.ValueLabelStyle.FontSize = 12;
        var reference = chart.Scores ? "100 điểm" : "100%";
        var hundred = plot.Add.VerticalLine(100, 2, PngPlot.Hex(Palette.Reference), LinePattern.Dashed);
        hundred.LabelText = reference;
        hundred.LabelFontName = PngFonts.Family;
        PngPlot.RowLabels(plot, bars.Select(b => b.UnitName).ToList());
        PngPlot.VietnameseTicks(plot.Axes.Bottom, chart.Scores ? "" : "%");
        plot.Axes.Bottom.Label.Text = chart.Scores ? "Điểm thi đua" : "Tỷ lệ hoàn thành (%)";
        var max = bars.Select(b => (double)Math.Max(b.Ratio ?? 0, b.StretchRatio ?? 0) * 100).Append(100).Max();
        var min = bars.Select(b => (double)(b.Ratio ?? 0) * 100).Append(0).Min();
        plot.Axes.SetLimitsX(min, max * 1.15);
        foreach (var status in StatusStyles.IndicatorStatuses)
            PngPlot.LegendItem(plot, Label(status, chart.Scores, chart.Progress), StatusStyles.For(status).Fill);
        PngPlot.LegendItem(plot, reference, Palette.Reference, line: true, LinePattern.Dashed);
        if (bars.Any(b => b.StretchRatio is not null)) PngPlot.LegendItem(plot, "Mức phấn đấu", Palette.Ink, line: true);
        PngPlot.ShowLegend(plot);
        return PngPlot.Png(plot, PngPlot.HeightFor(bars.Count));
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
