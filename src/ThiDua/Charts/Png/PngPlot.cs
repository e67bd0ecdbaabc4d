using ScottPlot;
using ThiDua.Formatting;

namespace ThiDua.Charts.Png;

/// <summary>A ScottPlot plot set up as every ThiDua chart is: Noto Sans, white, the chart's title, Vietnamese tick numbers.</summary>
internal static class PngPlot
{
    public const int Width = 1000;

    public static Plot Create(string title)
    {
        PngFonts.Ensure();
        var plot = new Plot();
        plot.Font.Set(PngFonts.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Title(Title(title), size: 16);
        plot.Axes.Title.FullFigureCenter = true; // centred on the image, not on the plot beside the names: the lines fit the image
        plot.Axes.Title.Label.FontName = PngFonts.Family;
        return plot;
    }

    /// <summary>
    /// The title as drawn: broken between words into lines that fit the image (up to three; a longer one ends with "…"
    /// after a whole word). ScottPlot draws a title on one line however long it is, cut off at the image's edges.
    /// </summary>
    public static string Title(string title) => string.Join('\n', Svg.TextWrap.Lines(title, Width - 2 * TitleMargin, 16, 3));

    private const int TitleMargin = 30;

    /// <summary>Numbers on a value axis as a Vietnamese reader writes them: 1.000, 2,5; <paramref name="suffix"/> e.g. "%".</summary>
    public static void VietnameseTicks(IAxis axis, string suffix = "") =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => VietnameseNumber.WithUnit(VietnameseNumber.Format((decimal)Math.Round(v, 6)), suffix),
        };

    /// <summary>Category labels on the left axis, the first item at the top (the order the SVG draws them).</summary>
    public static void RowLabels(Plot plot, IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i)).ToArray();
        plot.Axes.Left.SetTicks(positions, labels.Select(RowLabel).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimitsY(-0.6, labels.Count - 0.4); // every row, headings included, not only the bars
    }

    /// <summary>A row's name as drawn: up to 42 characters, a longer one cut after a whole word before "…" (never inside one).</summary>
    public static string RowLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length <= 42) return label;
        var kept = label[..41];
        var space = label[41] == ' ' ? 41 : kept.LastIndexOf(' ');
        // A name with no space in its first half (a long code) is cut where it must.
        return (space >= 20 ? Svg.TextMeasure.Trimmed(kept[..space]) : kept) + "…";
    }

    /// <summary>A group's heading row (Noto Sans has no ▸ either): "Giấy khen của Giám đốc Sở:".</summary>
    public static string Heading(string group) => group + ":";

    /// <summary>Row i's position (0 at the top).</summary>
    public static double Row(int index, int count) => count - 1 - index;

    public static Color Hex(string hex) => Color.FromHex(hex);

    public static void LegendItem(Plot plot, string label, string fill, bool line = false, LinePattern? pattern = null)
    {
        var item = new ScottPlot.LegendItem { LabelText = label, LabelFontName = PngFonts.Family };
        if (line)
        {
            item.LineColor = Hex(fill);
            item.LineWidth = 2;
            item.LinePattern = pattern ?? LinePattern.Solid;
        }
        else
        {
            item.FillColor = Hex(fill);
            item.OutlineColor = Hex(Svg.Palette.MutedInk);
        }
        plot.Legend.ManualItems.Add(item);
    }

    /// <summary>The legend under the plot, in one row (or more) as the SVG's.</summary>
    public static void ShowLegend(Plot plot)
    {
        plot.Legend.FontName = PngFonts.Family;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>Height for <paramref name="rows"/> bar rows: 26 px a row, within 260–2400 px.</summary>
    public static int HeightFor(int rows) => Math.Clamp(150 + 26 * rows, 260, 2400);

    public static byte[] Png(Plot plot, int height, int width = Width) => plot.GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>A chart with nothing to draw: its title and the SVG's "no data" words.</summary>
    public static byte[] Empty(string title)
    {
        var plot = Create(title);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Top, plot.Axes.Bottom }) axis.IsVisible = false;
        plot.HideGrid();
        var text = plot.Add.Text(Svg.ChartFrame.EmptyText, 0, 0);
        text.LabelFontName = PngFonts.Family;
        text.LabelFontSize = 14;
        text.LabelAlignment = Alignment.MiddleCenter;
        return Png(plot, 260);
    }
}
