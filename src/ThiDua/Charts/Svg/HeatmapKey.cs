using System.Globalization;

namespace ThiDua.Charts.Svg;

/// <summary>
/// The heatmap's columns are numbered; this key under the grid names each in full ("3. BK22-03 — Tỷ lệ xã, phường…"),
/// wrapped, since twenty indicator names cut to a column's width read as "Số bác s…".
/// </summary>
internal static class HeatmapKey
{
    private const int FontSize = 11;
    private const int LineHeight = 15;
    private const int NumberWidth = 28;

    public static int Height(IReadOnlyList<HeatmapIndicator> indicators, double width) =>
        LineHeight + indicators.Sum(i => Lines(i, width).Count) * LineHeight;

    public static void Write(SvgWriter svg, IReadOnlyList<HeatmapIndicator> indicators, double left, double top, double width)
    {
        svg.Text(left, top + 11, "Chỉ tiêu theo số cột:", new TextStyle(FontSize, TextAnchor.Start, Palette.Ink, true));
        var y = top + LineHeight;
        for (var i = 0; i < indicators.Count; i++)
        {
            svg.OpenGroup(indicators[i].Name + " (" + indicators[i].Code + ")");
            svg.Text(left + NumberWidth - 6, y + 11, Number(i) + ".", new TextStyle(FontSize, TextAnchor.End, Palette.Ink, true));
            foreach (var line in Lines(indicators[i], width))
            {
                svg.Text(left + NumberWidth, y + 11, line, new TextStyle(FontSize, TextAnchor.Start, Palette.Ink, false));
                y += LineHeight;
            }
            svg.CloseGroup();
        }
    }

    public static string Number(int column) => (column + 1).ToString(CultureInfo.InvariantCulture);

    // Word by word into lines of the key's width (a word longer than a line is cut).
    private static List<string> Lines(HeatmapIndicator indicator, double width)
    {
        var room = width - NumberWidth;
        var lines = new List<string>();
        var current = "";
        foreach (var word in XmlText.Normalize(indicator.Code + " — " + indicator.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && TextMeasure.Width(next, FontSize) > room)
            {
                lines.Add(current);
                next = word;
            }
            current = next;
        }
        lines.Add(TextMeasure.Fit(current, room, FontSize));
        return lines;
    }
}
