using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// SpreadsheetML's escape for text XML cannot hold (ECMA-376 ST_Xstring): a character such as U+0001 is written
/// <c>_x0001_</c>, and text that itself reads like an escape gets its underscore escaped (<c>_x005F_x0041_</c>), as
/// Excel writes and reads it. Excel saves a line break typed in a cell as <c>_x000D_</c>.
/// </summary>
public static partial class XlsxStringEscapes
{
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEncoding(text)) return text;
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                result.Append(c).Append(text[++i]);
            else if (!XmlConvert.IsXmlChar(c))
                result.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            else if (c == '_' && EscapeAt().IsMatch(text, i))
                result.Append("_x005F_");
            else
                result.Append(c);
        }
        return result.ToString();
    }

    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("_x", StringComparison.Ordinal)
            ? Escape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())
            : text;
    }

    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
            if (c == '_' || !XmlConvert.IsXmlChar(c)) return true;
        return false;
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();

    [GeneratedRegex("\\G_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapeAt();
}
