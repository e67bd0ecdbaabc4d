namespace ThiDua.Charts.Svg;

/// <summary>What every chart shares: the document, its visible heading, and the empty-data placeholder.</summary>
internal static class ChartFrame
{
    public const string EmptyText = "Chưa có số liệu";
    public const int Margin = 16;
    private const int PlaceholderHeight = 160;
    private const int TitleLineHeight = 20;

    /// <summary>
    /// The chart's document with its title in up to two lines of 16 px, broken between words (a longer one ends with
    /// "…" after a whole word; the document's &lt;title&gt; keeps it whole). A second line moves the chart below it down
    /// (<see cref="TitleShift"/>) and makes the document that much taller than <paramref name="height"/>.
    /// </summary>
    public static SvgWriter Begin(string kind, string title, int width, int height)
    {
        var lines = TitleLines(title, width);
        var shift = TitleLineHeight * (lines.Count - 1);
        var svg = new SvgWriter(width, height + shift, title, ChartIds.Prefix(kind, title));
        for (var i = 0; i < lines.Count; i++) svg.Text(Margin, 28 + TitleLineHeight * i, lines[i], TextStyle.Heading);
        svg.MoveDown(shift);
        return svg;
    }

    /// <summary>How much lower a chart <paramref name="width"/> wide draws for its title's second line: 0 or 20.</summary>
    public static int TitleShift(string title, int width) => TitleLineHeight * (TitleLines(title, width).Count - 1);

    private static IReadOnlyList<string> TitleLines(string title, int width) => TextWrap.Lines(title, width - 2 * Margin, 16, 2);

    /// <summary>
    /// A narrow chart's title in up to two lines of 15 px, broken between words: the baseline of its last line, where
    /// the chart's own content starts, and the lines.
    /// </summary>
    public static (int Top, IReadOnlyList<string> Lines) NarrowTitle(string title, int width)
    {
        var lines = TextWrap.Lines(title, width - 2 * Margin, 15, 2);
        return (24 + 20 * (lines.Count - 1), lines);
    }

    public static SvgWriter BeginNarrow(string kind, string title, IReadOnlyList<string> lines, int width, int height)
    {
        var svg = new SvgWriter(width, height, title, ChartIds.Prefix(kind + "-narrow", title));
        for (var i = 0; i < lines.Count; i++) svg.Text(Margin, 24 + 20 * i, lines[i], TextStyle.Heading with { Size = 15 });
        return svg;
    }

    /// <summary>A chart with nothing to show says so, instead of drawing empty axes or failing.</summary>
    public static string Placeholder(string kind, string title, int width)
    {
        var svg = Begin(kind, title, width, PlaceholderHeight);
        svg.Rect(Margin + 0.5, 44.5, width - 2 * Margin - 1, PlaceholderHeight - 60, "#fafafa", Palette.Grid);
        svg.Text(width / 2.0, 44 + (PlaceholderHeight - 60) / 2.0 + 5, EmptyText,
            new TextStyle(14, TextAnchor.Middle, Palette.MutedInk, false));
        return svg.Finish();
    }
}
