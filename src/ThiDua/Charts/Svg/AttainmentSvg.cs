using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Attainment bars per unit in %, the 100% reference line, stretch (target_max) marks, status colours; or units' scores
/// (<see cref="AttainmentChart.Scores"/>) in points, as the ranking writes them, against the 100-point line. Bars of
/// several clusters sit under a heading row per cluster; each bar's place in it on the left ("2=" when shared).
/// </summary>
internal static class AttainmentSvg
{
    private const string Kind = "attainment";
    private const int PlotLeft = 240;
    private const int NameRight = PlotLeft - 8;
    private const int PlaceRight = ChartFrame.Margin + 26;

    public static string Render(AttainmentChart chart)
    {
        var bars = chart.Bars;
        if (bars is null || bars.Count == 0) return ChartFrame.Placeholder(Kind, chart.Title, BarRows.Width);
        return Draw(Kind, chart.Title, chart, bars, Scale(bars), LegendOf(chart));
    }

    /// <summary>
    /// For print: the chart cut between bars into parts no taller than <paramref name="maxHeightPerWidth"/> times its width,
    /// each with the whole chart's axis, the cluster's heading row again where a part starts inside a cluster, and the
    /// legend (<see cref="PrintParts"/>); the chart as <see cref="Render"/> draws it when it fits.
    /// </summary>
    public static IReadOnlyList<string> RenderParts(AttainmentChart chart, double maxHeightPerWidth)
    {
        var bars = chart.Bars;
        var maxHeight = maxHeightPerWidth * BarRows.Width;
        if (bars is null || bars.Count == 0) return [Render(chart)];
        var legend = LegendOf(chart);
        if (Height(chart.Title, bars, legend) <= maxHeight) return [Render(chart)];
        var scale = Scale(bars);
        var parts = PrintParts.Split(bars, maxHeight, (slice, first, _) => Height(PrintParts.Title(chart.Title, first ? 0 : 1), slice, legend));
        return parts.Select((part, i) => Draw(PrintParts.Kind(Kind, i), PrintParts.Title(chart.Title, i), chart, part, scale, legend)).ToList();
    }

    private static List<LegendItem> LegendOf(AttainmentChart chart) =>
        LegendItems(chart.Bars, StyleOf(chart), chart.Scores ? "100 điểm" : chart.Progress ? "100% kế hoạch đến kỳ" : "100% chỉ tiêu");

    private static Func<ChartIndicatorStatus, StatusStyle> StyleOf(AttainmentChart chart) =>
        chart.Scores ? ScoreStyle : s => StatusStyles.For(s, chart.Progress);

    // The document's height with its title's second line, if any: what a printed part is measured by.
    private static int Height(string title, IReadOnlyList<AttainmentBar> bars, List<LegendItem> legend) =>
        Height(GroupedRows.Of(bars, x => x.Group).Count, legend) + ChartFrame.TitleShift(title, BarRows.Width);

    private static int Height(int rows, List<LegendItem> legend) =>
        (int)LegendTop(rows) + Legend.Height(legend, BarRows.Width - 2 * ChartFrame.Margin) + 8;

    private static double LegendTop(int rows) => BarRows.PlotBottom(rows) + BarRows.AxisLabelsHeight + 8;

    private static string Draw(string kind, string title, AttainmentChart chart, IReadOnlyList<AttainmentBar> bars, NiceScale scale, List<LegendItem> legend)
    {
        var styleOf = StyleOf(chart);
        var rows = GroupedRows.Of(bars, x => x.Group);
        var bottom = BarRows.PlotBottom(rows.Count);

        var svg = ChartFrame.Begin(kind, title, BarRows.Width, Height(rows.Count, legend));
        svg.Text(PlotLeft, 50, chart.Scores ? "Điểm thi đua" : "Tỷ lệ hoàn thành (%)", TextStyle.Note);
        BarRows.Bands(svg, rows.Count, ChartFrame.Margin, BarRows.Width - ChartFrame.Margin);
        ValueAxis.WriteAlongX(svg, scale, PlotLeft, BarRows.PlotRight, BarRows.PlotTop, bottom,
            tick => VietnameseNumber.WithUnit(VietnameseNumber.Format(tick), chart.Scores ? null : "%"));

        var hundred = SvgWriter.Snap(scale.Map(100, PlotLeft, BarRows.PlotRight));
        var headingStyle = new TextStyle(12, TextAnchor.Start, Palette.Ink, true);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Heading is { } heading)
                svg.Text(ChartFrame.Margin, BarRows.Baseline(i), TextMeasure.FitWords(heading, BarRows.PlotRight - ChartFrame.Margin, 12), headingStyle);
            else WriteBar(svg, scale, i, rows[i].Item, styleOf(rows[i].Item.Status), chart.Scores, hundred);
        }

        // The reference line goes over the bars: it is the one line every reader looks for.
        svg.Line(hundred, BarRows.PlotTop - 4, hundred, bottom, Palette.Reference, 2, "6 3");
        svg.Text(hundred, BarRows.PlotTop - 8, chart.Scores ? "100 điểm" : "100%", new TextStyle(11, TextAnchor.Middle, Palette.Ink, true));

        Legend.Write(svg, legend, ChartFrame.Margin, LegendTop(rows.Count), BarRows.Width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    /// <summary>The phone layout (<see cref="NarrowBars"/>): the same bars, places, values, colours and legend.</summary>
    public static string RenderNarrow(AttainmentChart chart)
    {
        var bars = chart.Bars;
        if (bars is null || bars.Count == 0) return ChartFrame.Placeholder(Kind + "-narrow", chart.Title, NarrowBars.Width);
        var styleOf = StyleOf(chart);
        var reference = chart.Scores ? "100 điểm" : "100%";
        var legend = LegendOf(chart);
        var rows = GroupedRows.Of(bars, x => x.Group).Select(r => (Narrow(r.Item, styleOf(r.Item.Status), chart.Scores), r.Heading)).ToList();
        var scale = Scale(bars);
        return NarrowBars.Render(Kind, chart.Title, chart.Scores ? "Điểm thi đua" : "Tỷ lệ hoàn thành (%)", rows,
            NiceScale.For(scale.Min, scale.Max, 4), reference, legend, tick => VietnameseNumber.WithUnit(VietnameseNumber.Format(tick), chart.Scores ? null : "%"));
    }

    private static NarrowBar Narrow(AttainmentBar bar, StatusStyle style, bool scores) => new(bar.Place, bar.UnitName,
        bar.Ratio * 100, bar.StretchRatio * 100, style, bar.Ratio is { } r ? Value(r, scores) + " " + style.Mark : ChartFrame.EmptyText,
        Tooltip(bar, style, scores));

    private static void WriteBar(SvgWriter svg, NiceScale scale, int index, AttainmentBar bar, StatusStyle style, bool scores, double hundred)
    {
        svg.OpenGroup(Tooltip(bar, style, scores));
        var nameLeft = bar.Place is null ? ChartFrame.Margin : PlaceRight + 6;
        if (bar.Place is { } place) svg.Text(PlaceRight, BarRows.Baseline(index), place, new TextStyle(12, TextAnchor.End, Palette.Ink, true));
        svg.Text(NameRight, BarRows.Baseline(index), TextMeasure.FitWords(ShortUnitName.Of(bar.UnitName), NameRight - nameLeft - 4, 12),
            TextStyle.LabelEnd);

        var labelX = scale.Map(0, PlotLeft, BarRows.PlotRight);
        if (bar.Ratio is { } ratio)
        {
            var percent = ratio * 100;
            BarRows.Bar(svg, scale, PlotLeft, BarRows.PlotRight, index, percent, style.Fill, style.Pattern);
            labelX = Math.Max(labelX, scale.Map(percent, PlotLeft, BarRows.PlotRight));
        }
        if (bar.StretchRatio is { } stretch)
        {
            var x = SvgWriter.Snap(scale.Map(stretch * 100, PlotLeft, BarRows.PlotRight));
            var top = BarRows.BarTop(index);
            svg.Line(x, top - 3, x, top + BarRows.BarHeight + 3, Palette.Ink, 2);
            labelX = Math.Max(labelX, x);
        }
        // The status mark after the value keeps the status readable when printed in grey.
        var value = bar.Ratio is { } r ? Value(r, scores) + " " + style.Mark : ChartFrame.EmptyText;
        // A label the dashed 100 line would cross starts just after the line instead.
        var start = SvgWriter.Snap(labelX) + 6;
        if (start - 4 < hundred && start + TextMeasure.Width(value, 12) + 2 > hundred) start = hundred + 6;
        svg.Text(start, BarRows.Baseline(index), value,
            bar.Ratio is null ? new TextStyle(11, TextAnchor.Start, Palette.MutedInk, false) : TextStyle.Label);
        svg.CloseGroup();
    }

    // A score is written as the ranking writes it (102,67), a ratio as the tables write it (102,67%): one rule for % on a page.
    private static string Value(decimal ratio, bool scores) =>
        scores ? VietnameseNumber.FormatFixed(ratio * 100, 2) : VietnameseNumber.FormatPercent(ratio, 2);

    private static string Tooltip(AttainmentBar bar, StatusStyle style, bool scores)
    {
        var head = (bar.Place is { } p ? (p.EndsWith('=') ? "Đồng hạng " + p.TrimEnd('=') : "Hạng " + p) + (bar.Group is { } g ? " (" + g + ")" : "") + ": " : "")
            + XmlText.Normalize(bar.UnitName) + " (" + bar.UnitCode + "): ";
        if (bar.Ratio is not { } ratio) return head + ChartFrame.EmptyText;
        var text = head + Value(ratio, scores) + (scores ? " điểm" : "") + " – " + style.Label;
        return bar.StretchRatio is { } stretch ? text + "; mức phấn đấu " + VietnameseNumber.FormatPercent(stretch, 2) : text;
    }

    private static NiceScale Scale(IReadOnlyList<AttainmentBar> bars)
    {
        decimal min = 0, max = 100; // the axis always shows 0 and the 100% line
        foreach (var bar in bars)
        {
            if (bar.Ratio is { } ratio) { min = Math.Min(min, ratio * 100); max = Math.Max(max, ratio * 100); }
            if (bar.StretchRatio is { } stretch) max = Math.Max(max, stretch * 100);
        }
        return NiceScale.For(min, max);
    }

    // A score's colours, in its own words: above, at, below 100 points.
    private static StatusStyle ScoreStyle(ChartIndicatorStatus status) => StatusStyles.For(status) with
    {
        Label = status switch
        {
            ChartIndicatorStatus.Exceeded => "Trên 100 điểm",
            ChartIndicatorStatus.Met => "Đủ 100 điểm",
            ChartIndicatorStatus.NotMet => "Dưới 100 điểm",
            _ => StatusStyles.For(status).Label,
        },
    };

    private static List<LegendItem> LegendItems(IReadOnlyList<AttainmentBar> bars, Func<ChartIndicatorStatus, StatusStyle> styleOf, string reference)
    {
        var items = new List<LegendItem>(6);
        foreach (var status in StatusStyles.IndicatorStatuses) items.Add(LegendItem.Status(styleOf(status)));
        items.Add(LegendItem.Line(reference, Palette.Reference, "6 3"));
        foreach (var bar in bars)
        {
            if (bar.StretchRatio is null) continue;
            items.Add(LegendItem.Line("Mức phấn đấu", Palette.Ink));
            break;
        }
        return items;
    }
}
