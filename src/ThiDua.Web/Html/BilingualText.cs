namespace ThiDua.Web.Html;

/// <summary>
/// A message written as one string "tiếng Việt / English" (a refusal, an error page), as HTML whose English half is
/// marked <c>lang="en"</c>: the page is Vietnamese, and a screen reader read the English half with the Vietnamese
/// voice. Only a message with exactly one " / " is split; none, or several (messages joined), is written as it is —
/// one voice for all of it rather than a split in the wrong place.
/// </summary>
public static class BilingualText
{
    private const string Separator = " / ";

    public static string For(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var at = message.IndexOf(Separator, StringComparison.Ordinal);
        if (at < 0 || message.IndexOf(Separator, at + Separator.Length, StringComparison.Ordinal) >= 0) return Html.Encode(message);
        return $"{Html.Encode(message[..at])} / <span lang=\"en\">{Html.Encode(message[(at + Separator.Length)..])}</span>";
    }
}
