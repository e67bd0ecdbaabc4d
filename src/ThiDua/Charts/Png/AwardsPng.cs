using ScottPlot;
using ThiDua.Charts.Svg;
using Palette = ThiDua.Charts.Svg.Palette;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>Award candidates as PNG: a score bar per candidate coloured by status, a heading row per award form.</summary>
internal static class AwardsPng
{
    public static byte[] Render(AwardsChart chart)
    {
        var candidates = chart.Candidates;
        if (candidates.Count == 0) return PngPlot.Empty(chart.Title);
        var labels = new List<string>();
        var rows = new List<(int Row, AwardCandidateRow Candidate)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i == 0 || candidates[i - 1].FormCode != candidates[i].FormCode) labels.Add(PngPlot.Heading(candidates[i].FormName));
            rows.Add((labels.Count, candidates[i]));
            labels.Add(candidates[i].UnitName);
        }
        var plot = PngPlot.Create(chart.Title);
        var series = plot.Add.Bars(rows.Select(r =>
        {
            var style = StatusStyles.For(r.Candidate.Status);
            return new Bar
            {
                Position = PngPlot.Row(r.Row, labels.Count), Value = (double)(r.Candidate.Score ?? 0), FillColor = PngPlot.Hex(style.Fill),
                LineColor = PngPlot.Hex(Palette.MutedInk), Orientation = Orientation.Horizontal, Size = 0.7,
                Label = (r.Candidate.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—") + " · " + style.Label,
            };
        }).ToList());
        series.ValueLabelStyle.FontName = PngFonts.Family;
        series.ValueLabelStyle.FontSize = 11;
        PngPlot.RowLabels(plot, labels);
        PngPlot.VietnameseTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = "Điểm";
        plot.Axes.SetLimitsX(0, (double)candidates.Max(c => c.Score ?? 0) * 1.45 + 1);
        foreach (var status in StatusStyles.AwardStatuses) PngPlot.LegendItem(plot, StatusStyles.For(status).Label, StatusStyles.For(status).Fill);
        PngPlot.ShowLegend(plot);
        return PngPlot.Png(plot, PngPlot.HeightFor(labels.Count));
    }
}
