using System.Globalization;
using System.Text;

namespace ThiDua.Import.Parsing;

/// <summary>
/// The key headers and enum values are matched by: NFD, combining marks dropped, đ→d, lower case, trimmed,
/// runs of spaces, hyphens and underscores → one <c>_</c>. So <c>Mã đơn vị</c>, <c>MA_DON_VI</c> and
/// <c>ma-don-vi</c> all become <c>ma_don_vi</c>.
/// </summary>
public static class ImportNameNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSeparator = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\uFEFF' or '\u200B') continue; // stray BOM / zero-width space copied from Word or Excel
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '\u2013')
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }
            if (pendingSeparator)
            {
                builder.Append('_');
                pendingSeparator = false;
            }
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
