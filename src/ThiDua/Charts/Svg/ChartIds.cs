using System.Globalization;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Id prefix of a chart's internal references (its title): derived from the chart kind and
/// title, never random, so output is reproducible and two different charts in one page do not clash.
/// </summary>
internal static class ChartIds
{
    public static string Prefix(string kind, string? title)
    {
        var hash = 2166136261u; // FNV-1a: tiny, stable across runtimes (string.GetHashCode is randomised)
        foreach (var c in XmlText.Normalize(title))
        {
            hash = (hash ^ c) * 16777619u;
        }
        return "thidua-" + kind + "-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
