using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Exports;

/// <summary>The "Tải Excel" link under a table, a Word document's, and the "Tải ảnh PNG" link under a chart, carrying the page's filters.</summary>
public static class ExportLinks
{
    /// <param name="query">The filters, e.g. <c>[("campaign", "LS2021"), ("period", "2021-02")]</c>; empty values are left out.</param>
    public static string Excel(string table, params (string Name, string? Value)[] query) =>
        $"<p class=\"meta no-print download\"><a href=\"/exports/{H.Segment(table)}.xlsx{Query(query)}\" download>Tải Excel</a></p>";

    /// <summary>A Word document made from the page's table (the submissions page's công văn đôn đốc), with the page's filters.</summary>
    public static string Word(string path, string label, params (string Name, string? Value)[] query) =>
        $"<p class=\"meta no-print download\"><a href=\"{H.Encode(path)}{Query(query)}\" download>{H.Encode(label)}</a></p>";

    public static string Png(string chart, params (string Name, string? Value)[] query) =>
        $"<a class=\"download no-print\" href=\"/charts/{H.Segment(chart)}.png{Query(query)}\" download>Tải ảnh PNG</a>";

    private static string Query((string Name, string? Value)[] query)
    {
        var parts = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={H.Query(p.Value)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&amp;", parts);
    }
}
