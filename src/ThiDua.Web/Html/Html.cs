using System.Text;

namespace ThiDua.Web.Html;

/// <summary>
/// Encoding for server-rendered HTML. Only the five markup characters are escaped: pages are UTF-8, so
/// Vietnamese letters stay readable in the source instead of becoming numeric entities.
/// </summary>
public static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A query-string value, percent-encoded, then HTML-encoded for use inside an attribute.</summary>
    public static string Query(string? value) => Encode(Uri.EscapeDataString(value ?? ""));

    /// <summary>A link path segment (campaign, unit or indicator code).</summary>
    public static string Segment(string value) => Encode(Uri.EscapeDataString(value));

    /// <summary>
    /// A chart from the renderer, placed inline. The renderer escapes every text it draws; the wrapper lets
    /// the print and small-screen styles scale it. With <paramref name="narrow"/> (the phone layout of the same chart)
    /// both are inline and the style sheet shows one: the wide one above 640 px and in print, the narrow one below.
    /// </summary>
    public static string Chart(string svg, string? narrow = null) => narrow is null
        ? $"<div class=\"chart\">{svg}</div>"
        : $"<div class=\"chart\"><div class=\"chart-wide\">{svg}</div><div class=\"chart-narrow\">{narrow}</div></div>";

    /// <summary>The hidden anti-forgery field every POST form carries.</summary>
    public static string AntiforgeryField(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return $"<input type=\"hidden\" name=\"{Encode(token.FormFieldName)}\" value=\"{Encode(token.RequestToken)}\">";
    }

    /// <summary>A unit's short name, the full one on hover when they differ (<see cref="Formatting.ShortUnitName"/>).</summary>
    public static string UnitName(string name)
    {
        var shortName = ThiDua.Formatting.ShortUnitName.Of(name);
        return shortName == name ? Encode(name) : $"<span title=\"{Encode(name)}\">{Encode(shortName)}</span>";
    }
}
