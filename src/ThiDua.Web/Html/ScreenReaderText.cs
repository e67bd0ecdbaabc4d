namespace ThiDua.Web.Html;

/// <summary>
/// Words read by a screen reader and not drawn (class <c>sr-only</c>): what an arrow, a row's button or a blank
/// column heading means, where the eye gets it from the layout. A table's name is <see cref="TableCaption"/>.
/// </summary>
public static class ScreenReaderText
{
    public static string For(string text) => $"<span class=\"sr-only\">{Html.Encode(text)}</span>";
}
