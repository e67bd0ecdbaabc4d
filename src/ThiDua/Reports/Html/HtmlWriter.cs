using System.Text;
using ThiDua.Charts.Svg;

namespace ThiDua.Reports.Html;

/// <summary>
/// Appends HTML, one block per line. Every piece of user text goes through <see cref="Text"/>: NFC-normalised
/// and escaped (a unit called <c>&lt;script&gt;</c> stays text). Markup comes only from this code and the SVG renderer.
/// </summary>
internal sealed class HtmlWriter
{
    /// <summary>Prefix of a numeric body cell (right-aligned): a control character, which user text never carries (import rejects it).</summary>
    public const string N = "\u0001";

    private readonly StringBuilder _sb = new(64 * 1024);

    public HtmlWriter Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        XmlText.Append(_sb, text);
        return this;
    }

    /// <summary><c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> followed by a newline.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        Open(tag, cssClass);
        Text(text);
        return Raw("</").Raw(tag).Raw(">\n");
    }

    public HtmlWriter Open(string tag, string? cssClass = null)
    {
        _sb.Append('<').Append(tag);
        if (cssClass is not null) _sb.Append(" class=\"").Append(cssClass).Append('"');
        _sb.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag) => Raw("</").Raw(tag).Raw(">\n");

    // The columns of the open table whose cells are kept on one line (headings starting with '!').
    private bool[] _whole = [];

    /// <summary>A table header row; columns whose heading starts with '#' are numeric (right-aligned), those starting with
    /// '!' are short codes kept whole on one line ("KG-TTBCXB-01", "Cá nhân": broken at their hyphens and spaces in a
    /// narrow column they read as "KG-/TTBCXB-/01"); the mark is dropped.</summary>
    public HtmlWriter TableStart(params string[] headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        Raw("<table>\n<thead><tr>");
        _whole = headings.Select(h => h.StartsWith('!')).ToArray();
        foreach (var h in headings)
        {
            var mark = h.StartsWith('#') ? "num" : h.StartsWith('!') ? "whole" : null;
            Open("th", mark).Text(mark is null ? h : h[1..]).Raw("</th>");
        }
        return Raw("</tr></thead>\n<tbody>\n");
    }

    public HtmlWriter TableEnd() => Raw("</tbody>\n</table>\n");

    /// <summary>A body row; a cell starting with <see cref="N"/> is numeric (right-aligned).</summary>
    public HtmlWriter Row(params string?[] cells) => ClassRow(null, cells);

    /// <summary>A body row with a class (a constant of the style sheet, never user text).</summary>
    public HtmlWriter ClassRow(string? cssClass, params string?[] cells)
    {
        Open("tr", cssClass);
        for (var i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            var numeric = c is not null && c.StartsWith(N, StringComparison.Ordinal);
            Open("td", numeric ? "num" : i < _whole.Length && _whole[i] ? "whole" : null).Text(numeric ? c![1..] : c).Raw("</td>");
        }
        return Raw("</tr>\n");
    }

    /// <summary>A row spanning the whole table: the heading of a group of rows.</summary>
    public HtmlWriter GroupRow(string? text, int columns) =>
        Raw("<tr class=\"group\"><td colspan=\"").Raw(columns.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("\">").Text(text).Raw("</td></tr>\n");

    public override string ToString() => _sb.ToString();
}
