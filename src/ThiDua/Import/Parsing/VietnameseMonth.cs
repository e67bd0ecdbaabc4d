using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Months as Vietnamese office sheets write them — <c>T5/2024</c>, <c>Th05-2024</c>, <c>Tháng 5/2024</c>,
/// <c>Tháng 5 năm 2024</c> — and <c>202405</c>, read only to name the month in the error that refuses them
/// (<see cref="ImportDateParser.IsMonthInAnotherForm"/>): a period column is refused in any form but two, and the error
/// says which one to write.
/// </summary>
internal static partial class VietnameseMonth
{
    /// <summary>(year, month) as written, unchecked; null when <paramref name="text"/> is none of these forms.</summary>
    public static (int Year, int Month)? Read(string text)
    {
        var plain = WithoutMarks(text).ToLowerInvariant();
        var match = Worded().Match(plain);
        if (!match.Success) match = Packed().Match(plain);
        if (!match.Success) return null;
        return (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture));
    }

    private static string WithoutMarks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString();
    }

    [GeneratedRegex(@"^(?:thang|th|t)\.?\s*(?<m>\d{1,2})\s*(?:[/\-.,]|\s+nam\s+|\s+)\s*(?<y>\d{4})$")]
    private static partial Regex Worded();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})$")]
    private static partial Regex Packed();
}
