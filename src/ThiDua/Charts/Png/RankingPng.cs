using System.Globalization;
using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>The ranking as PNG: score bars with "rank. name" labels, a heading row per group when there are several.</summary>
internal static class RankingPng
{
    public static byte[] Render(RankingChart chart)
    {
        var bars = chart.Bars;
        if (bars.Count == 0) return PngPlot.Empty(chart.Title);
        var labels = new List<string>();
        var rows = new List<(int Row, RankingBar Bar)>();
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].Group is { } group && (i == 0 || bars[i - 1].Group != group)) labels.Add(PngPlot.Heading(group));
            rows.Add((labels.Count, bars[i]));
            labels.Add(bars[i].Rank.ToString(CultureInfo.InvariantCulture) + ". " + bars[i].UnitName);
        }
        var plot = PngPlot.Create(chart.Title);
        var series = plot.Add.Bars(rows.Select(r => new Bar
        {
            Position = PngPlot.Row(r.Row, labels.Count), Value = (double)r.Bar.Score, FillColor = PngPlot.Hex(Palette.ScoreBar),
            LineColor = PngPlot.Hex(Palette.ScoreBar), Orientation = Orientation.Horizontal, Size = 0.7,
            Label = VietnameseNumber.FormatFixed(r.Bar.Score, 2),
        }).ToList());
        series.ValueLabelStyle.FontName = PngFonts.Family;
        series.ValueLabelStyle.FontSize = 12;
        PngPlot.RowLabels(plot, labels);
        PngPlot.VietnameseTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "Điểm";
        plot.Axes.SetLimitsX(Math.Min(0, (double)bars.Min(b => b.Score)), (double)bars.Max(b => b.Score) * 1.12 + 1);
        return PngPlot.Png(plot, PngPlot.HeightFor(labels.Count));
    }
}
