using System.Globalization;
using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>Horizontal score bars of one cluster, rank labels on the left, scores at the bar ends.</summary>
internal static class RankingSvg
{
    private const string Kind = "ranking";
    private const int RankRight = ChartFrame.Margin + 30;
    private const int NameLeft = RankRight + 10;
    private const int PlotLeft = 260;

    public static string Render(RankingChart chart)
    {
        var bars = chart.Bars;
        if (bars is null || bars.Count == 0) return ChartFrame.Placeholder(Kind, chart.Title, BarRows.Width);

        decimal max = 0, min = 0;
        foreach (var bar in bars) { max = Math.Max(max, bar.Score); min = Math.Min(min, bar.Score); }
        var scale = NiceScale.For(min, max);
        var bottom = BarRows.PlotBottom(bars.Count);
        var height = (int)bottom + BarRows.AxisLabelsHeight + 8;

        var svg = ChartFrame.Begin(Kind, chart.Title, BarRows.Width, height);
        svg.Text(RankRight, 50, "Hạng", TextStyle.Note.With(TextAnchor.End));
        svg.Text(NameLeft, 50, "Đơn vị", TextStyle.Note);
        svg.Text(PlotLeft, 50, "Điểm", TextStyle.Note);
        BarRows.Bands(svg, bars.Count, ChartFrame.Margin, BarRows.Width - ChartFrame.Margin);
        ValueAxis.WriteAlongX(svg, scale, PlotLeft, BarRows.PlotRight, BarRows.PlotTop, bottom,
            tick => VietnameseNumber.Format(tick));

        var rankStyle = new TextStyle(12, TextAnchor.End, Palette.Ink, true);
        var nameWidth = PlotLeft - NameLeft - 10;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var rank = bar.Rank.ToString(CultureInfo.InvariantCulture);
            var score = VietnameseNumber.FormatFixed(bar.Score, 2); // as the tables write a score: 110,00
            svg.OpenGroup("Hạng " + rank + ": " + bar.UnitName + " (" + bar.UnitCode + ") – " + score + " điểm");
            svg.Text(RankRight, BarRows.Baseline(i), rank, rankStyle);
            svg.Text(NameLeft, BarRows.Baseline(i), TextMeasure.Fit(bar.UnitName, nameWidth, 12), TextStyle.Label);
            BarRows.Bar(svg, scale, PlotLeft, BarRows.PlotRight, i, bar.Score, Palette.ScoreBar, FillPattern.None);
            var end = scale.Map(Math.Max(bar.Score, 0), PlotLeft, BarRows.PlotRight);
            svg.Text(SvgWriter.Snap(end) + 6, BarRows.Baseline(i), score, TextStyle.Label);
            svg.CloseGroup();
        }
        return svg.Finish();
    }
}
