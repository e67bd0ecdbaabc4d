namespace ThiDua.Charts.Svg;

/// <summary>
/// A chart too tall for a printed page, cut between its rows into parts that each fit one: every part is the same chart
/// of some of its rows, with its own title, header or axis and legend, so a page never ends across a row (Chromium cut a
/// taller chart where the page ended, through a bar or the legend). The first part keeps the chart's title and ids;
/// the others say "(tiếp theo)" and number their ids, so the parts of one report do not share them.
/// </summary>
internal static class PrintParts
{
    public const string Continued = " (tiếp theo)";

    public static string Title(string title, int part) => part == 0 ? title : title + Continued;

    public static string Kind(string kind, int part) => part == 0 ? kind : kind + "-" + (part + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The items in parts, each as many as fit <paramref name="maxHeight"/> (one at least, so an item taller than a
    /// page still prints). <paramref name="height"/> is a part's drawn height: its items, whether it is the first part
    /// (its title) and whether it is the last (the heatmap draws its key there).
    /// </summary>
    public static List<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, double maxHeight, Func<IReadOnlyList<T>, bool, bool, int> height)
    {
        var parts = new List<IReadOnlyList<T>>();
        var start = 0;
        while (start < items.Count)
        {
            var end = start + 1;
            while (end < items.Count && height(Slice(items, start, end + 1), parts.Count == 0, end + 1 == items.Count) <= maxHeight) end++;
            parts.Add(Slice(items, start, end));
            start = end;
        }
        return parts;
    }

    private static List<T> Slice<T>(IReadOnlyList<T> items, int start, int end)
    {
        var slice = new List<T>(end - start);
        for (var i = start; i < end; i++) slice.Add(items[i]);
        return slice;
    }
}
