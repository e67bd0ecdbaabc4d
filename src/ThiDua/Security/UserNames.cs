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
        return Shape().IsMatch(n) ? n
            : throw new UserRejectedException($"Tên người dùng '{name}' không hợp lệ: 1–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang / invalid user name '{name}': 1-64 of a-z, 0-9, '.', '_', '-'.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex Shape();
}
