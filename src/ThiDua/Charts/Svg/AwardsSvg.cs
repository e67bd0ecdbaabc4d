using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Award candidates as a chart: a heading row per form (per cluster for a cluster-scoped form), then one row per
/// candidate with its name, a score bar and a status badge (colour + pattern + words). The reasons are in each row's
/// title; pages and reports print them in full in the table under the chart (<see cref="Dashboards.AwardCandidatesHtml"/>).
/// </summary>
internal static class AwardsSvg
{
    private const string Kind = "awards";
    private const int Width = 720;
    private const int NameLeft = ChartFrame.Margin + 6;
    private const int ScoreLeft = 300;
    private const int ScoreRight = 430;
    private const int StatusLeft = 490;
    private const int StatusWidth = 190;
    private const int TableTop = 64;
    private const int RowHeight = 24;
    private const int FormRowHeight = 28;

    public static string Render(AwardsChart chart)
    {
        var rows = chart.Candidates;
        if (rows is null || rows.Count == 0) return ChartFrame.Placeholder(Kind, chart.Title, Width);
        return Draw(Kind, chart.Title, rows, Scale(rows));
    }

    /// <summary>
    /// For print: the chart cut between candidates into parts no taller than <paramref name="maxHeightPerWidth"/> times its
    /// width, each with the
    /// column heads, the form's heading row again where a part starts inside a form, the whole chart's score scale and the
    /// legend (<see cref="PrintParts"/>); the chart as <see cref="Render"/> draws it when it fits.
    /// </summary>
    public static IReadOnlyList<string> RenderParts(AwardsChart chart, double maxHeightPerWidth)
    {
        var rows = chart.Candidates;
        var maxHeight = maxHeightPerWidth * Width;
        if (rows is null || rows.Count == 0 || Height(chart.Title, rows) <= maxHeight) return [Render(chart)];
        var scale = Scale(rows);
        var parts = PrintParts.Split(rows, maxHeight, (slice, first, _) => Height(PrintParts.Title(chart.Title, first ? 0 : 1), slice));
        return parts.Select((part, i) => Draw(PrintParts.Kind(Kind, i), PrintParts.Title(chart.Title, i), part, scale)).ToList();
    }

    private static NiceScale Scale(IReadOnlyList<AwardCandidateRow> rows)
    {
        decimal maxScore = 100;
        foreach (var row in rows)
            if (row.Score is { } s) maxScore = Math.Max(maxScore, s);
        return NiceScale.For(0, maxScore);
    }

    // The document's height with its title's second line, if any: what a printed part is measured by.
    private static int Height(string title, IReadOnlyList<AwardCandidateRow> rows) => Height(rows) + ChartFrame.TitleShift(title, Width);

    private static int Height(IReadOnlyList<AwardCandidateRow> rows)
    {
        var forms = 0;
        for (var i = 0; i < rows.Count; i++)
            if (StartsForm(rows, i)) forms++;
        return TableTop + forms * FormRowHeight + rows.Count * RowHeight + 16 + Legend.Height(LegendItems(), Width - 2 * ChartFrame.Margin) + 8;
    }

    private static string Draw(string kind, string title, IReadOnlyList<AwardCandidateRow> rows, NiceScale scale)
    {
        var legend = LegendItems();
        var height = Height(rows);
        var tableBottom = height - 8 - Legend.Height(legend, Width - 2 * ChartFrame.Margin) - 16;

        var svg = ChartFrame.Begin(kind, title, Width, height);
        svg.Text(NameLeft, 52, "Tập thể, cá nhân", TextStyle.Note);
        svg.Text(ScoreLeft, 52, "Điểm", TextStyle.Note);
        svg.Text(StatusLeft, 52, "Trạng thái", TextStyle.Note);
        svg.Line(ChartFrame.Margin, TableTop - 4.5, Width - ChartFrame.Margin, TableTop - 4.5, Palette.Axis);

        double y = TableTop;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (StartsForm(rows, i))
            {
                svg.Rect(ChartFrame.Margin, y + 2, Width - 2 * ChartFrame.Margin, FormRowHeight - 4, Palette.Band);
                svg.Text(NameLeft, y + 19, TextMeasure.FitWords(row.FormName + " (" + row.FormCode + ")", Width - 2 * NameLeft, 12),
                    new TextStyle(12, TextAnchor.Start, Palette.Ink, true));
                y += FormRowHeight;
            }
            WriteCandidate(svg, scale, row, y);
            y += RowHeight;
        }
        Legend.Write(svg, legend, ChartFrame.Margin, tableBottom + 16, Width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    /// <summary>The phone layout (<see cref="NarrowBars"/>): name, then the score bar in its status colour, then the status in words.</summary>
    public static string RenderNarrow(AwardsChart chart)
    {
        var rows = chart.Candidates;
        if (rows is null || rows.Count == 0) return ChartFrame.Placeholder(Kind + "-narrow", chart.Title, NarrowBars.Width);
        var narrow = new List<(NarrowBar, string?)>(rows.Count + 4);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (StartsForm(rows, i)) narrow.Add((null!, row.FormName + " (" + row.FormCode + ")"));
            var style = StatusStyles.For(row.Status);
            // Without a score the status takes the bar's line: no empty line under the name.
            narrow.Add((row.Score is { } s
                ? new NarrowBar(null, row.UnitName, s, null, style, VietnameseNumber.FormatFixed(s, 2), Tooltip(row, style), style.Label)
                : new NarrowBar(null, row.UnitName, null, null, style, "– · " + style.Label, Tooltip(row, style)), null));
        }
        var scale = NiceScale.For(0, Math.Max(100, rows.Max(r => r.Score ?? 0)), 4);
        return NarrowBars.Render(Kind, chart.Title, "Tập thể, cá nhân — điểm, trạng thái", narrow, scale, null, LegendItems(),
            tick => VietnameseNumber.Format(tick));
    }

    private static string Tooltip(AwardCandidateRow row, StatusStyle style)
    {
        var score = row.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) + " điểm" : "chưa có điểm (không được giao chỉ tiêu)";
        return row.FormName + ": " + row.UnitName + " (" + row.UnitCode + ") – " + score + " – " + style.Label
            + (string.IsNullOrWhiteSpace(row.Reasons) ? "" : ". " + row.Reasons);
    }

    private static void WriteCandidate(SvgWriter svg, NiceScale scale, AwardCandidateRow row, double top)
    {
        var style = StatusStyles.For(row.Status);
        svg.OpenGroup(Tooltip(row, style));

        var baseline = top + 16;
        svg.Text(NameLeft, baseline, TextMeasure.FitWords(ShortUnitName.Of(row.UnitName), ScoreLeft - NameLeft - 12, 12), TextStyle.Label);
        if (row.Score is { } value)
        {
            var end = SvgWriter.Snap(scale.Map(Math.Max(value, 0), ScoreLeft, ScoreRight));
            svg.Rect(ScoreLeft, top + 5, end - ScoreLeft, RowHeight - 10, Palette.ScoreBar);
            svg.Text(end + 6, baseline, VietnameseNumber.Format(value), TextStyle.Label);
        }
        else
        {
            svg.Text(ScoreLeft, baseline, "—", TextStyle.Note); // no score: the same dash as the pages and reports
        }

        svg.Rect(StatusLeft + 0.5, top + 3.5, StatusWidth - 1, RowHeight - 7, style.Fill, Palette.Axis);
        svg.PatternRect(StatusLeft + 1, top + 4, StatusWidth - 2, RowHeight - 8, style.Pattern);
        svg.Text(StatusLeft + StatusWidth / 2.0, baseline - 1, TextMeasure.FitWords(style.Label, StatusWidth - 8, 11),
            new TextStyle(11, TextAnchor.Middle, style.TextFill, true, style.TextHalo));

        svg.CloseGroup();
    }

    private static bool StartsForm(IReadOnlyList<AwardCandidateRow> rows, int index) =>
        index == 0 || !string.Equals(rows[index].FormCode, rows[index - 1].FormCode, StringComparison.Ordinal)
        || !string.Equals(rows[index].FormName, rows[index - 1].FormName, StringComparison.Ordinal); // a cluster-scoped form: each cluster

    private static List<LegendItem> LegendItems()
    {
        var items = new List<LegendItem>(4);
        foreach (var status in StatusStyles.AwardStatuses) items.Add(LegendItem.Status(StatusStyles.For(status)));
        return items;
    }
}
