using ScottPlot;
using ThiDua.Charts.Svg;
using ThiDua.Formatting;
using Palette = ThiDua.Charts.Svg.Palette;

namespace ThiDua.Charts.Png;

/// <summary>
/// The rows of a PNG bar chart as the SVG draws them: a bold heading row (and a separator) before each group, each
/// bar's place before its short name ("2= Phòng …"), and value labels the 100 line would cross moved after it.
/// </summary>
internal sealed class PngRows
{
    private readonly List<(int Row, string Text)> _headings = [];

    public List<string> Labels { get; } = [];

    /// <summary>The row of each item, in the items' order.</summary>
    public List<int> ItemRows { get; } = [];

    public static PngRows Of<T>(IReadOnlyList<T> items, Func<T, string?> group, Func<T, string?> place, Func<T, string> name)
    {
        var rows = new PngRows();
        for (var i = 0; i < items.Count; i++)
        {
            if (group(items[i]) is { } heading && (i == 0 || group(items[i - 1]) != heading))
            {
                rows._headings.Add((rows.Labels.Count, heading));
                rows.Labels.Add("");
            }
            rows.ItemRows.Add(rows.Labels.Count);
            var label = ShortUnitName.Of(name(items[i]));
            rows.Labels.Add(place(items[i]) is { } p ? p + "  " + label : label);
        }
        return rows;
    }

    public double Position(int item) => PngPlot.Row(ItemRows[item], Labels.Count);

    /// <summary>Headings over the plot's width from <paramref name="left"/> (the x axis' minimum), a line above each but the first.</summary>
    public void DrawHeadings(Plot plot, double left)
    {
        foreach (var (row, text) in _headings)
        {
            var y = PngPlot.Row(row, Labels.Count);
            if (row > 0) plot.Add.HorizontalLine(y + 0.5, 2, PngPlot.Hex(Palette.Axis));
            var heading = plot.Add.Text(text, left, y);
            heading.LabelFontName = PngFonts.Family;
            heading.LabelFontSize = 13;
            heading.LabelBold = true;
            heading.LabelFontColor = PngPlot.Hex(Palette.Ink);
            heading.LabelAlignment = Alignment.MiddleLeft;
            heading.OffsetX = 4;
        }
    }

    /// <summary>
    /// Each value after its bar (x in data units); one the <paramref name="hundred"/> line would cross starts after the
    /// line. Lays the plot out once at the final size to know how many pixels a unit is.
    /// </summary>
    public void DrawValues(Plot plot, IReadOnlyList<(int Item, double X, string Text)> values, double? hundred, int width, int height)
    {
        plot.RenderInMemory(width, height);
        var rect = plot.RenderManager.LastRender.DataRect;
        var limits = plot.Axes.GetLimits();
        var pixelsPerUnit = rect.Width / (limits.Right - limits.Left);
        foreach (var (item, x, text) in values)
        {
            var at = x;
            if (hundred is { } h)
            {
                var start = (x - h) * pixelsPerUnit + 6; // pixels from the line
                if (start - 4 < 0 && start + TextMeasure.Width(text, 12) + 2 > 0) at = h;
            }
            var label = plot.Add.Text(text, at, Position(item));
            label.LabelFontName = PngFonts.Family;
            label.LabelFontSize = 12;
            label.LabelFontColor = PngPlot.Hex(Palette.Ink);
            label.LabelAlignment = Alignment.MiddleLeft;
            label.OffsetX = 6;
        }
    }
}
