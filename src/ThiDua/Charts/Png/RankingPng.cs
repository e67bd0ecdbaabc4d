using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>
/// The ranking as PNG: score bars with "place  name" labels ("2=" when the place is shared, as the SVG writes it), a
/// heading row and a separator per group when there are several.
/// </summary>
internal static class RankingPng
{
    public static byte[] Render(RankingChart chart)
    {
        var bars = chart.Bars;
        if (bars.Count == 0) return PngPlot.Empty(chart.Title);
        var rows = PngRows.Of(bars, b => b.Group, b => RankPlaces.Of(bars, b), b => b.UnitName);
        var plot = PngPlot.Create(chart.Title);
        plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = rows.Position(i), Value = (double)b.Score, FillColor = PngPlot.Hex(Palette.ScoreBar),
            LineColor = PngPlot.Hex(Palette.ScoreBar), Orientation = Orientation.Horizontal, Size = 0.7,
        }).ToList());
        PngPlot.RowLabels(plot, rows.Labels);
        PngPlot.VietnameseTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "Điểm";
        var min = Math.Min(0, (double)bars.Min(b => b.Score));
        plot.Axes.SetLimitsX(min, (double)bars.Max(b => b.Score) * 1.15 + 1);
        rows.DrawHeadings(plot, min);
        var height = PngPlot.HeightFor(rows.Labels.Count);
        rows.DrawValues(plot, bars.Select((b, i) => (i, (double)Math.Max(b.Score, 0), RankScoreLabel.Of(bars, b).Label)).ToList(), null,
            PngPlot.Width, height);
        return PngPlot.Png(plot, height);
    }
}
