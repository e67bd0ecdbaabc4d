using System.Globalization;

namespace ThiDua.Charts.Svg;

/// <summary>
/// Approximate text widths for a sans-serif font, without loading a font (none is guaranteed on the
/// server). Estimates lean wide (DejaVu Sans is the widest of the fallback fonts) so cut text fits.
/// </summary>
internal static class TextMeasure
{
    public const string Ellipsis = "…";

    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var c in text) em += CharWidth(c);
        return em * fontSize;
    }

    /// <summary>
    /// The NFC text, or its longest prefix that fits <paramref name="maxWidth"/> together with an
    /// ellipsis. The cut never splits a surrogate pair or separates a letter from its combining mark.
    /// </summary>
    public static string Fit(string? text, double maxWidth, double fontSize)
    {
        var normal = XmlText.Normalize(text);
        if (normal.Length * fontSize <= maxWidth || Width(normal, fontSize) <= maxWidth) return normal; // no char is wider than 1 em
        var budget = maxWidth / fontSize - CharWidth('…');
        var used = 0.0;
        var cut = 0;
        while (cut < normal.Length && used + CharWidth(normal[cut]) <= budget)
        {
            used += CharWidth(normal[cut]);
            cut++;
        }
        while (cut > 0 && cut < normal.Length && IsContinuation(normal[cut])) cut--;
        return normal[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// As <see cref="Fit"/>, but cut between words: "… đại biểu Quốc hội…", never "… đại biểu Quốc hội khó…"; a dash or
    /// comma left before the cut goes too. A first word wider than the whole width is cut inside it, as <see cref="Fit"/> does.
    /// </summary>
    public static string FitWords(string? text, double maxWidth, double fontSize)
    {
        var normal = XmlText.Normalize(text);
        var fitted = Fit(normal, maxWidth, fontSize);
        if (fitted == normal) return normal;
        var kept = fitted[..^Ellipsis.Length];
        if (kept.Length < normal.Length && normal[kept.Length] == ' ') return Trimmed(kept) + Ellipsis; // cut at a space already
        var space = kept.LastIndexOf(' ');
        return space > 0 && Trimmed(kept[..space]) is { Length: > 0 } words ? words + Ellipsis : fitted;
    }

    // What would dangle before "…": spaces and the separators between the parts of a title or a name ("— tháng…" →
    // "tháng…" stays, "cử —…" → "cử…", "Viễn thông &…" → "Viễn thông…").
    internal static string Trimmed(string text) => text.TrimEnd(' ', '—', '–', '-', ',', ':', ';', '·', '(', '/', '&');

    private static bool IsContinuation(char c) =>
        char.IsLowSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Widths in em, tuned on DejaVu Sans / Arial; good to a few percent on typical names.
    private static double CharWidth(char c)
    {
        switch (c)
        {
            case ' ' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'j' or 'l' or 'I':
                return 0.3;
            case 'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/':
                return 0.4;
            case 'm' or 'w':
                return 0.9;
            case 'M' or 'W' or '%' or '…':
                return 1.0;
            case >= '0' and <= '9':
                return 0.64;
        }
        if (c < 0x80) return char.IsUpper(c) ? 0.72 : 0.6;
        if (char.IsLowSurrogate(c)) return 0.0;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0.0,
            UnicodeCategory.UppercaseLetter => 0.74,
            UnicodeCategory.LowercaseLetter => 0.62,
            _ => 1.0, // symbols, CJK, emoji: assume a full em
        };
    }
}
