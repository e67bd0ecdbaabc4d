namespace ThiDua.Charts.Svg;

/// <summary>What every chart shares: the document, its visible heading, and the empty-data placeholder.</summary>
internal static class ChartFrame
{
    public const string EmptyText = "Chưa có số liệu";
    public const int Margin = 16;
    private const int PlaceholderHeight = 160;

    public static SvgWriter Begin(string kind, string title, int width, int height)
    {
        var svg = new SvgWriter(width, height, title, ChartIds.Prefix(kind, title));
        PatternDefs.Write(svg);
        svg.Text(Margin, 28, TextMeasure.Fit(title, width - 2 * Margin, 16), TextStyle.Heading);
        return svg;
    }

    /// <summary>
    /// A narrow chart's title in up to two lines of 15 px (the wide one cuts it to one line of 16): the baseline of its
    /// last line, where the chart's own content starts, and the lines.
    /// </summary>
    public static (int Top, IReadOnlyList<string> Lines) NarrowTitle(string title, int width)
    {
        var lines = TextWrap.Lines(title, width - 2 * Margin, 15, 2);
        return (24 + 20 * (lines.Count - 1), lines);
    }

    public static SvgWriter BeginNarrow(string kind, string title, IReadOnlyList<string> lines, int width, int height)
    {
        var svg = new SvgWriter(width, height, title, ChartIds.Prefix(kind + "-narrow", title));
        PatternDefs.Write(svg);
        for (var i = 0; i < lines.Count; i++) svg.Text(Margin, 24 + 20 * i, lines[i], TextStyle.Heading with { Size = 15 });
        return svg;
    }

    /// <summary>A chart with nothing to show says so, instead of drawing empty axes or failing.</summary>
    public static string Placeholder(string kind, string title, int width)
    {
        var svg = new SvgWriter(width, PlaceholderHeight, title, ChartIds.Prefix(kind, title));
        svg.Text(Margin, 28, TextMeasure.Fit(title, width - 2 * Margin, 16), TextStyle.Heading);
        svg.Rect(Margin + 0.5, 44.5, width - 2 * Margin - 1, PlaceholderHeight - 60, "#fafafa", Palette.Grid);
        svg.Text(width / 2.0, 44 + (PlaceholderHeight - 60) / 2.0 + 5, EmptyText,
            new TextStyle(14, TextAnchor.Middle, Palette.MutedInk, false));
        return svg.Finish();
    }
}
