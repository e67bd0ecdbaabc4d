using System.Text;

namespace ThiDua.Formatting;

/// <summary>
/// A name or code as the search compares it: Vietnamese typed without diacritics and in any case ("chi lang",
/// "CHI LĂNG", "chí lăng" and "Chi Lăng" in NFD all fold to "chi lang"; "đ" to "d"), runs of spaces as one. Only the
/// Vietnamese letters and A–Z are folded; any other character is kept as it is, so the stored keys (folded by the
/// registry's SQL function <c>thidua_fold</c>, 018_registry_search.sql, over the same table) and a typed query agree
/// character for character — a test compares the two over every Latin letter.
/// </summary>
public static class SearchFolding
{
    private static readonly Dictionary<char, char> Letters = Build();

    /// <summary>The folded text: NFC, Vietnamese letters and A–Z to their plain lower-case letter, spaces collapsed and trimmed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = Compose(text);
        var folded = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (IsSpace(c)) { space = folded.Length > 0; continue; }
            if (space) folded.Append(' ');
            space = false;
            folded.Append(Letters.TryGetValue(c, out var plain) ? plain : c);
        }
        return folded.ToString();
    }

    /// <summary>The spaces collapsed: those of <c>thidua_fold</c>'s pattern <c>[ \t\n\r\f\v\u00a0]</c>.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00a0';

    /// <summary>Every folded letter (Vietnamese, upper and lower case, each tone; A–Z) and its plain letter, in one order.</summary>
    public static IReadOnlyDictionary<char, char> Table => Letters;

    // A query with a broken surrogate pair cannot be normalised: searched as typed (it matches nothing stored anyway).
    private static string Compose(string text)
    {
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    // The vowels with each of the five tone marks (huyền, sắc, hỏi, ngã, nặng) or none, composed as NFC writes them.
    private static Dictionary<char, char> Build()
    {
        var table = new Dictionary<char, char> { ['đ'] = 'd', ['Đ'] = 'd' };
        string[] tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        foreach (var vowel in "aăâeêioôơuưy")
            foreach (var tone in tones)
                foreach (var letter in new[] { vowel, char.ToUpperInvariant(vowel) })
                {
                    var composed = (letter + tone).Normalize(NormalizationForm.FormC);
                    table[composed[0]] = char.ToLowerInvariant(letter.ToString().Normalize(NormalizationForm.FormD)[0]); // Ă → a
                }
        for (var c = 'A'; c <= 'Z'; c++) table[c] = char.ToLowerInvariant(c);
        return table;
    }
}
