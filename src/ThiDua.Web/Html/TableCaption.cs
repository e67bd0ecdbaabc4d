namespace ThiDua.Web.Html;

/// <summary>
/// A table's name for screen readers: jumping from table to table (NVDA's T key, VoiceOver's rotor) reads the caption,
/// and the campaign page alone has a table per cluster with the same five columns. Sighted readers have the heading
/// above each table already, so the caption is visually hidden (class <c>sr-only</c>), not drawn twice.
/// </summary>
public static class TableCaption
{
    public static string For(string text) => $"<caption class=\"sr-only\">{Html.Encode(text)}</caption>";
}
