using System.Globalization;
using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Lines by month against the dashed 100 line; each unit its own colour and dash (readable in grey), its value in
/// the tooltip of every point. A small multiple is 260 × 150 with three month labels.
/// </summary>
internal static class TrendSvg
{
    private const string Kind = "trend";
    private static readonly string[] Colours = ["#1f5fa8", "#b2182b", "#1b7837", "#762a83", "#e08214", "#01665e", "#8c510a", "#404040", "#c51b7d", "#4d9221"];
    // Each line its own dash as well as its colour (WCAG 1.4.1): the dash went with the 11th line on, so the ten a chart
    // draws at most were told apart by colour alone — not by a colour-blind reader, nor on a grey print. Not the 100
    // line's "6 3".
    private static readonly string?[] Dashes = [null, "2 3", "8 3 2 3", "12 4"];

    private static string? Dash(int series) => Dashes[series % Dashes.Length];

    /// <param name="layout">Narrow: the phone's 300-wide chart (four month labels, five ticks); a small multiple is small already.</param>
    public static string Render(TrendChart chart, ChartLayout layout = ChartLayout.Wide)
    {
        var narrow = layout == ChartLayout.Narrow && !chart.Compact;
        var (titleTop, titleLines) = ChartFrame.NarrowTitle(chart.Title, 300);
        if (chart.Series.Count == 0 || chart.Months.Count == 0)
            return ChartFrame.Placeholder(narrow ? Kind + "-narrow" : Kind, chart.Title, chart.Compact ? 260 : narrow ? 300 : 800);
        var (width, minLeft, right, top, bottom) = chart.Compact ? (260, 44, 250, 44, 124)
            : narrow ? (300, 44, 290, titleTop + 28, titleTop + 208) : (800, 64, 776, 56, 316);
        var legend = chart.Compact ? [] : chart.Series.Select((s, i) => LegendItem.Line(s.Name, Colours[i % Colours.Length], Dash(i))).ToList();
        var legendTop = bottom + 30;
        var height = chart.Compact ? bottom + 22 : legendTop + Legend.Height(legend, width - 2 * ChartFrame.Margin) + 8;

        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        var scale = NiceScale.For(Math.Min(0, values.DefaultIfEmpty(0).Min()), Math.Max(100, values.DefaultIfEmpty(0).Max()), chart.Compact ? 3 : narrow ? 5 : 6);
        var svg = chart.Compact ? Compact(chart.Title, width, height)
            : narrow ? ChartFrame.BeginNarrow(Kind, chart.Title, titleLines, width, height) : ChartFrame.Begin(Kind, chart.Title, width, height);
        string Tick(decimal t) => VietnameseNumber.WithUnit(VietnameseNumber.Format(t), chart.Percent ? "%" : null);
        var left = ValueAxis.LeftFor(scale, minLeft, Tick);
        ValueAxis.WriteAlongY(svg, scale, left, right, bottom, top, Tick);
        double X(int i) => chart.Months.Count == 1 ? (left + right) / 2.0 : left + 12 + i * (right - left - 24.0) / (chart.Months.Count - 1);
        var every = chart.Compact ? Math.Max(1, (chart.Months.Count - 1) / 2) : narrow ? (chart.Months.Count + 3) / 4 : (chart.Months.Count + 11) / 12;
        for (var i = 0; i < chart.Months.Count; i += every)
            svg.Text(X(i), bottom + 16, $"{chart.Months[i].Month:D2}/{chart.Months[i].Year % 100:D2}", TextStyle.Tick);

        var hundred = SvgWriter.Snap(scale.Map(100, bottom, top));
        svg.Line(left, hundred, right, hundred, Palette.Reference, 1.5, "6 3");
        svg.Text(right, hundred - 4, chart.Percent ? "100% kế hoạch đến kỳ" : "100 điểm", new TextStyle(10, TextAnchor.End, Palette.Ink, true));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var colour = Colours[s % Colours.Length];
            var line = new List<double>();
            for (var i = 0; i <= chart.Months.Count; i++)
            {
                if (i < chart.Months.Count && series.Values[i] is { } v) { line.Add(X(i)); line.Add(scale.Map(v, bottom, top)); continue; }
                if (line.Count >= 4) svg.Polyline(line, colour, 2, Dash(s));
                line.Clear();
            }
            for (var i = 0; i < chart.Months.Count; i++)
            {
                if (series.Values[i] is not { } v) continue;
                svg.OpenGroup($"{XmlText.Normalize(series.Name)} – tháng {chart.Months[i].Month:D2}/{chart.Months[i].Year}: {Value(v, chart.Percent)}");
                svg.Circle(X(i), scale.Map(v, bottom, top), 3, Palette.Background, colour);
                svg.CloseGroup();
            }
        }
        if (!chart.Compact) Legend.Write(svg, legend, ChartFrame.Margin, legendTop, width - 2 * ChartFrame.Margin);
        return svg.Finish();
    }

    // A small multiple's title stays one line, so the multiples of a row keep their plots level: cut between words,
    // the full name in the chart's <title>.
    private static SvgWriter Compact(string title, int width, int height)
    {
        var svg = new SvgWriter(width, height, title, ChartIds.Prefix(Kind, title));
        svg.Text(8, 18, TextMeasure.FitWords(title, width - 16, 12), new TextStyle(12, TextAnchor.Start, Palette.Ink, true));
        return svg;
    }

    private static string Value(decimal v, bool percent) =>
        percent ? VietnameseNumber.FormatPercent(v / 100m, 2) : VietnameseNumber.FormatFixed(v, 2).ToString(CultureInfo.InvariantCulture) + " điểm";
}
