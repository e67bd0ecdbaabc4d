using System.Text;

namespace ThiDua.Charts.Svg;

/// <summary>Puts user text (unit names, titles, reasons) into XML safely.</summary>
internal static class XmlText
{
    /// <summary>
    /// NFC form, with characters XML cannot carry (control characters, unpaired surrogates) replaced by
    /// U+FFFD. NFC because CSV files saved on some systems carry decomposed diacritics
    /// ("e" + U+0302 + U+0301), which measure wrongly and can render with detached marks.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsCertainlyNfc(text)) return text;
        var clean = ReplaceForbidden(text);
        return clean.IsNormalized(NormalizationForm.FormC) ? clean : clean.Normalize(NormalizationForm.FormC);
    }

    // The ICU normalization check costs microseconds per call, which adds up over hundreds of labels.
    // Characters below U+0300, the precomposed Vietnamese letters (U+1EA0–U+1EF9) and general
    // punctuation (dashes, quotes, ellipsis) are NFC-stable and never combine with a neighbour,
    // so a string made only of them is NFC as it is (and, having no control characters or
    // surrogates, needs no replacement either).
    private static bool IsCertainlyNfc(string text)
    {
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\u0300' || c is >= '\u1EA0' and <= '\u1EF9' or >= '\u2002' and <= '\u206F') continue;
            return false;
        }
        return true;
    }

    /// <summary>Appends <see cref="Normalize"/>(<paramref name="text"/>), escaped for element content and attribute values.</summary>
    public static void Append(StringBuilder sb, string? text)
    {
        var normal = Normalize(text);
        var start = 0;
        for (var i = 0; i < normal.Length; i++)
        {
            var replacement = normal[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => null,
            };
            if (replacement is null) continue;
            sb.Append(normal, start, i - start).Append(replacement);
            start = i + 1;
        }
        sb.Append(normal, start, normal.Length - start);
    }

    // A stray forbidden character would make the whole chart unparseable (and NFC throws on
    // unpaired surrogates), so it becomes U+FFFD. Allocates only when something is replaced.
    private static string ReplaceForbidden(string text)
    {
        var i = 0;
        while (i < text.Length && IsAllowed(text, i)) i++;
        if (i == text.Length) return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (!IsAllowed(text, i)) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool IsAllowed(string text, int index)
    {
        var c = text[index];
        if (c < ' ') return c is '\t' or '\n' or '\r';
        if (c is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(c)) return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index > 0 && char.IsHighSurrogate(text[index - 1]);
        return true;
    }
}
