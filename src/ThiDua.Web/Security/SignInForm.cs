using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>The sign-in page: a plain form (no script), Vietnamese, with the anti-forgery token.</summary>
public static class SignInForm
{
    public const string Path = "/signin";

    private const string ErrorId = "loi-dang-nhap";

    /// <summary>The user name typed in a sign-in POST, for the rate-limit key (the form was read before the limiter).</summary>
    public static string TypedName(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.HasFormContentType && context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form
            ? ThiDua.Security.UserNames.Normalize(form["name"].ToString())
            : "";
    }

    /// <summary>Only a local path is followed after sign-in: never another site (open redirect).</summary>
    // Browsers drop tabs and line breaks from a URL, so "/\t/evil.example" would become "//evil.example", another
    // site: control characters and whitespace are refused along with "//" and "\\". Letters beyond ASCII are
    // percent-encoded, as a Location header must carry them.
    public static string SafeReturnUrl(string? url)
    {
        if (url is not { Length: > 0 } u || u[0] != '/' || u.StartsWith("//", StringComparison.Ordinal) || u.Contains('\\', StringComparison.Ordinal)
            || u.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return "/";
        if (u.All(c => c <= '~')) return u;
        var encoded = new System.Text.StringBuilder(u.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in u.EnumerateRunes())
        {
            if (rune.Value <= '~') { encoded.Append((char)rune.Value); continue; }
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }

    public static string Render(AntiforgeryTokenSet token, string? returnUrl, string? name = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        var notice = error is null ? "" : $"<p class=\"notice error\" id=\"{ErrorId}\" role=\"alert\">{BilingualText.For(error)}</p>";
        // The refusal names neither field alone (saying which would tell a guesser the name exists), so it describes
        // both and both are marked invalid. The password (emptied, to type again) takes the focus, so a keyboard user
        // is back where to type and a screen reader reads the refusal with it: an alert already in a page as it
        // loads is not announced by every reader.
        var invalid = error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{ErrorId}\"";
        return PageLayout.Render("Đăng nhập", $"""
            {notice}
            <form class="upload" method="post" action="{Path}">
            {H.AntiforgeryField(token)}
            <input type="hidden" name="returnUrl" value="{H.Encode(SafeReturnUrl(returnUrl))}">
            <label>Tên đăng nhập<input name="name" autocomplete="username" required value="{H.Encode(name)}"{invalid}></label>
            <label>Mật khẩu<input name="password" type="password" autocomplete="current-password" required{invalid}{(error is null ? "" : " autofocus")}></label>
            <button type="submit">Đăng nhập</button>
            </form>
            <p class="meta">Chưa có tài khoản? Liên hệ quản trị viên để được cấp (quản trị viên tạo bằng lệnh <code>thidua users add</code>).</p>
            """);
    }
}
