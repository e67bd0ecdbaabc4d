using System.Globalization;
using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Horizontal score bars, rank labels on the left, scores at the bar ends; bars of several ranking groups sit under
/// a heading row per group, since each group ranks from 1.
/// </summary>
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
        return Draw(Kind, chart.Title, bars, bars, Scale(bars));
    }

    /// <summary>
    /// For print: the chart cut between bars into parts no taller than <paramref name="maxHeightPerWidth"/> times its width,
    /// each with the whole chart's axis and the group's heading row again where a part starts inside a group
    /// (<see cref="PrintParts"/>); the chart as <see cref="Render"/> draws it when it fits.
    /// </summary>
    public static IReadOnlyList<string> RenderParts(RankingChart chart, double maxHeightPerWidth)
    {
        var bars = chart.Bars;
        var maxHeight = maxHeightPerWidth * BarRows.Width;
        if (bars is null || bars.Count == 0 || Height(chart.Title, bars) <= maxHeight) return [Render(chart)];
        var scale = Scale(bars);
        var parts = PrintParts.Split(bars, maxHeight, (slice, first, _) => Height(PrintParts.Title(chart.Title, first ? 0 : 1), slice));
        return parts.Select((part, i) => Draw(PrintParts.Kind(Kind, i), PrintParts.Title(chart.Title, i), bars, part, scale)).ToList();
    }

    private static NiceScale Scale(IReadOnlyList<RankingBar> bars)
    {
        decimal max = 0, min = 0;
        foreach (var bar in bars) { max = Math.Max(max, bar.Score); min = Math.Min(min, bar.Score); }
        return NiceScale.For(min, max);
    }

    // The document's height with its title's second line, if any: what a printed part is measured by.
    private static int Height(string title, IReadOnlyList<RankingBar> bars) =>
        Height(GroupedRows.Of(bars, x => x.Group).Count) + ChartFrame.TitleShift(title, BarRows.Width);

    private static int Height(int rows) => (int)BarRows.PlotBottom(rows) + BarRows.AxisLabelsHeight + 8;

    /// <param name="all">Every bar of the chart: a shared place ("2=") is told from all of them, not the part's.</param>
    private static string Draw(string kind, string title, IReadOnlyList<RankingBar> all, IReadOnlyList<RankingBar> bars, NiceScale scale)
    {
        var rows = GroupedRows.Of(bars, x => x.Group);
        var bottom = BarRows.PlotBottom(rows.Count);

        var svg = ChartFrame.Begin(kind, title, BarRows.Width, Height(rows.Count));
        svg.Text(RankRight, 50, "Hạng", TextStyle.Note.With(TextAnchor.End));
        svg.Text(NameLeft, 50, "Đơn vị", TextStyle.Note);
        svg.Text(PlotLeft, 50, "Điểm", TextStyle.Note);
        BarRows.Bands(svg, rows.Count, ChartFrame.Margin, BarRows.Width - ChartFrame.Margin);
        ValueAxis.WriteAlongX(svg, scale, PlotLeft, BarRows.PlotRight, BarRows.PlotTop, bottom,
            tick => VietnameseNumber.Format(tick));

        var rankStyle = new TextStyle(12, TextAnchor.End, Palette.Ink, true);
        var headingStyle = new TextStyle(12, TextAnchor.Start, Palette.Ink, true);
        var nameWidth = PlotLeft - NameLeft - 10;
        for (var i = 0; i < rows.Count; i++)
        {
            var (bar, heading) = rows[i];
            if (heading is not null)
            {
                svg.Text(ChartFrame.Margin, BarRows.Baseline(i), TextMeasure.FitWords(heading, PlotLeft - ChartFrame.Margin - 10, 12), headingStyle);
                continue;
            }
            var (rank, score, tooltip) = Describe(all, bar);
            svg.OpenGroup(tooltip);
            svg.Text(RankRight, BarRows.Baseline(i), rank, rankStyle);
            svg.Text(NameLeft, BarRows.Baseline(i), TextMeasure.FitWords(ShortUnitName.Of(bar.UnitName), nameWidth, 12), TextStyle.Label);
            BarRows.Bar(svg, scale, PlotLeft, BarRows.PlotRight, i, bar.Score, Palette.ScoreBar, FillPattern.None);
            var end = scale.Map(Math.Max(bar.Score, 0), PlotLeft, BarRows.PlotRight);
            svg.Text(SvgWriter.Snap(end) + 6, BarRows.Baseline(i), score, TextStyle.Label);
            svg.CloseGroup();
        }
        return svg.Finish();
    }

    /// <summary>The phone layout (<see cref="NarrowBars"/>): "2=" and the name above each bar, the score after it.</summary>
    public static string RenderNarrow(RankingChart chart)
    {
        var bars = chart.Bars;
        if (bars is null || bars.Count == 0) return ChartFrame.Placeholder(Kind + "-narrow", chart.Title, NarrowBars.Width);
        var style = new StatusStyle(Palette.ScoreBar, Palette.Background, FillPattern.None, "", "");
        var rows = GroupedRows.Of(bars, x => x.Group).Select(r =>
        {
            var (rank, score, tooltip) = Describe(bars, r.Item);
            return (new NarrowBar(rank, r.Item.UnitName, r.Item.Score, null, style, score, tooltip), r.Heading);
        }).ToList();
        var scale = NiceScale.For(Math.Min(0, bars.Min(b => b.Score)), Math.Max(0, bars.Max(b => b.Score)), 4);
        return NarrowBars.Render(Kind, chart.Title, "Hạng, đơn vị và điểm", rows, scale, null, [], tick => VietnameseNumber.Format(tick));
    }

    // A shared place reads "2=" (tooltip "Đồng hạng 2"): the tie is seen, not inferred from equal scores.
    private static (string Rank, string Score, string Tooltip) Describe(IReadOnlyList<RankingBar> bars, RankingBar bar)
    {
        var shared = RankPlaces.Shared(bars, bar);
        var rank = RankPlaces.Of(bars, bar);
        var (score, why) = RankScoreLabel.Of(bars, bar); // as the tables write a score, 110,00, unless a tie shown needs more
        var words = (shared ? "Đồng hạng " : "Hạng ") + bar.Rank.ToString(CultureInfo.InvariantCulture);
        var place = bar.Group is null ? words : words + " (" + bar.Group + ")";
        return (rank, score, place + ": " + bar.UnitName + " (" + bar.UnitCode + ") – " + VietnameseNumber.FormatFixed(bar.Score, 2) + " điểm"
            + (why is null ? "" : " (" + why + ")"));
    }
}
