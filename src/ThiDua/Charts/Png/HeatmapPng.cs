using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>Units × indicators as PNG: a cell per assigned (unit, indicator) in its status colour with its ratio in %.</summary>
internal static class HeatmapPng
{
    public static byte[] Render(HeatmapChart chart)
    {
        if (chart.Units.Count == 0 || chart.Indicators.Count == 0) return PngPlot.Empty(chart.Title);
        var plot = PngPlot.Create(chart.Title);
        var column = chart.Indicators.Select((indicator, i) => (indicator.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var row = chart.Units.Select((unit, i) => (unit.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var units = chart.Units.Count;
        foreach (var cell in chart.Cells)
        {
            if (!column.TryGetValue(cell.IndicatorCode, out var x) || !row.TryGetValue(cell.UnitCode, out var r)) continue;
            var style = StatusStyles.For(cell.Status);
            var y = PngPlot.Row(r, units);
            var box = plot.Add.Rectangle(x - 0.48, x + 0.48, y - 0.45, y + 0.45);
            box.FillColor = PngPlot.Hex(style.Fill);
            box.LineColor = PngPlot.Hex(Palette.Grid);
            var text = plot.Add.Text(cell.Ratio is { } q ? VietnameseNumber.FormatPercent(q, 0) : "?", x, y);
            text.LabelFontName = PngFonts.Family;
            text.LabelFontSize = 11;
            text.LabelFontColor = PngPlot.Hex(style.TextFill);
            text.LabelAlignment = Alignment.MiddleCenter;
        }
        PngPlot.RowLabels(plot, chart.Units.Select(u => u.Name).ToList());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, chart.Indicators.Count).Select(i => (double)i).ToArray(),
            chart.Indicators.Select(i => i.Code).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = chart.Indicators.Count > 8 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = chart.Indicators.Count > 8 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Bottom.Label.Text = "Chỉ tiêu (mã)";
        plot.Axes.SetLimits(-0.6, chart.Indicators.Count - 0.4, -0.6, units - 0.4);
        plot.HideGrid();
        foreach (var status in StatusStyles.IndicatorStatuses) PngPlot.LegendItem(plot, StatusStyles.For(status, chart.Progress).Label, StatusStyles.For(status).Fill);
        PngPlot.LegendItem(plot, StatusStyles.NotAssigned.Label, StatusStyles.NotAssigned.Fill);
        PngPlot.ShowLegend(plot);
        var width = Math.Clamp(360 + 80 * chart.Indicators.Count, PngPlot.Width, 2400);
        return PngPlot.Png(plot, PngPlot.HeightFor(units) + 40, width);
    }
}
