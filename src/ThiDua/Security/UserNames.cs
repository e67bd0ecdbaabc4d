using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Security;

/// <summary>
/// User names are lower-case ASCII words (<c>nguyen.van.a</c>, <c>admin</c>): one spelling per person, safe in
/// URLs, logs and rate-limit keys. Checked when a user is added; sign-in lower-cases what was typed.
/// </summary>
public static partial class UserNames
{
    public static string Normalize(string? name) => (name ?? "").Trim().ToLowerInvariant();

    public static string Validate(string? name)
    {
        var n = Normalize(name);
        if (Shape().IsMatch(n)) return n;
        var suggestion = Suggest(name);
        var shown = Composed(name);
        var (tryVi, tryEn) = suggestion is null ? ("", "") : ($"; thử '{suggestion}'", $"; try '{suggestion}'");
        throw new UserRejectedException($"Tên người dùng '{shown}' không hợp lệ: 1–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang, không dấu{tryVi} "
            + $"/ invalid user name '{shown}': 1-64 of a-z, 0-9, '.', '_', '-', without diacritics{tryEn}.");
    }

    /// <summary>
    /// A valid name close to what was typed: a full name with diacritics, NFC or NFD (<c>Nguyễn Văn Á</c> →
    /// <c>nguyen.van.a</c>), or an e-mail address (<c>an@so.gov.vn</c> → <c>an.so.gov.vn</c>); null when nothing is left.
    /// </summary>
    public static string? Suggest(string? typed)
    {
        string decomposed;
        try { decomposed = (typed ?? "").Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return null; } // not valid Unicode: nothing sensible to offer
        var plain = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Đ has no decomposition; its look-alike Ð (U+00D0) comes in text converted from older Vietnamese encodings.
            var lower = c is 'đ' or 'Đ' or 'ð' or 'Ð' ? 'd' : char.ToLowerInvariant(c);
            plain.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' ? lower : '.');
        }
        var joined = Dots().Replace(plain.ToString(), ".").Trim('.', '_', '-');
        if (joined.Length > 64) joined = joined[..64].TrimEnd('.', '_', '-');
        return Shape().IsMatch(joined) ? joined : null;
    }

    // Echoed composed (NFC), as every Vietnamese text here is written, whichever form the keyboard sent; text that is not
    // valid Unicode (a lone surrogate) cannot be normalised and is echoed as it came.
    private static string? Composed(string? typed)
    {
        try { return typed?.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return typed; }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex Shape();

    [GeneratedRegex("\\.{2,}")]
    private static partial Regex Dots();
}
