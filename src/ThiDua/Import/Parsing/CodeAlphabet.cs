using System.Globalization;

namespace ThiDua.Import.Parsing;

/// <summary>
/// What a code (unit, campaign, indicator, award form, cluster) may contain: Latin letters (Vietnamese ones with their
/// marks included, stored NFC) and the digits 0–9, then also '-', '_' and '.'. A code is part of stream ids, routes and
/// links ('/', '?', '#', '\', spaces would break them) and is compared as written, so letters of other scripts that
/// look Latin (Cyrillic "В", Greek "Α") and invisible characters (zero-width space, bidi overrides) are refused: two
/// codes that look the same must be the same code (UTS #39's mixed- and whole-script confusables, by refusing the scripts).
/// </summary>
public static class CodeAlphabet
{
    public static bool IsAllowed(char c, bool first) => char.IsAsciiDigit(c) || IsLatinLetter(c) || (!first && c is '-' or '_' or '.');

    // Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional (ạ, ế, ữ …): every Vietnamese letter.
    private static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c) || (char.IsLetter(c) && (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF'));

    /// <summary>Format characters (zero-width, bidi embeddings and overrides, BOM, soft hyphen) and other invisibles.</summary>
    public static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';

    public static BilingualMessage? Problem(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            if (IsAllowed(code[i], first: i == 0)) continue;
            var what = Describe(code[i]);
            return new(
                $"Mã '{Visible(code)}' có ký tự không được phép {what} ở vị trí {i + 1}. Mã chỉ gồm chữ cái Latinh (kể cả chữ tiếng Việt có dấu), chữ số 0–9 và các dấu '-', '_', '.' (bắt đầu bằng chữ hoặc số; không có dấu cách, '/', '?', '#'), ví dụ BK-VP hoặc LS2021.",
                $"The code '{Visible(code)}' has a character that is not allowed, {what}, at position {i + 1}. Codes use only Latin letters (Vietnamese ones included), the digits 0–9 and '-', '_', '.' (starting with a letter or digit; no spaces, '/', '?', '#'), e.g. BK-VP or LS2021.");
        }
        return null;
    }

    /// <summary>The character as a person can see it: itself when printable, and always its code point.</summary>
    public static string Describe(char c) =>
        char.IsControl(c) || IsInvisible(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";

    /// <summary>The value with invisible and control characters shown as «U+XXXX», for error messages and terminals.</summary>
    public static string Visible(string value) =>
        value.Any(c => char.IsControl(c) || IsInvisible(c))
            ? string.Concat(value.Select(c => char.IsControl(c) || IsInvisible(c) ? $"«U+{(int)c:X4}»" : c.ToString()))
            : value;
}
