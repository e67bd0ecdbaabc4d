using System.Text.RegularExpressions;

namespace ThiDua.Web.Api;

/// <summary>
/// An <c>asOf</c> written into a URL as the contract shows it, <c>?asOf=2024-07-05T08:00:00+07:00</c>, reaches the server
/// as <c>2024-07-05T08:00:00 07:00</c>: a query string reads an unencoded '+' as a space. A date and time followed by a
/// space and an hh:mm offset has no other meaning, so the '+' is put back; anything else is left as it came. An offset
/// without its minutes (<c>… 07</c>) gets its '+' back too, so the refusal quotes <c>+07</c> as written, not a space.
/// </summary>
internal static partial class UnencodedPlus
{
    public static string Restore(string text) => SpaceForPlus().Replace(text.Trim(), "$1+$2");

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$")]
    private static partial Regex SpaceForPlus();
}
