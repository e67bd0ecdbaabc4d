namespace ThiDua.Charts.Svg;

/// <summary>A chart's rows with a heading row before each group's first item (items carry their group name, or null).</summary>
internal static class GroupedRows
{
    public static List<(T Item, string? Heading)> Of<T>(IReadOnlyList<T> items, Func<T, string?> group)
    {
        var rows = new List<(T, string?)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (group(items[i]) is { } name && (i == 0 || group(items[i - 1]) != name)) rows.Add((items[i], name));
            rows.Add((items[i], null));
        }
        return rows;
    }
}
