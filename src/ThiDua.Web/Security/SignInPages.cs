using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Security;
using ThiDua.Web.Html;

namespace ThiDua.Web.Security;

/// <summary><c>GET/POST /signin</c> (anonymous, rate-limited) and <c>POST /signout</c>.</summary>
public static class SignInPages
{
    public static IEndpointRouteBuilder MapSignInPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignInForm.Path, (HttpContext context, IAntiforgery antiforgery, [FromQuery] string? returnUrl) =>
            Pages.Html(SignInForm.Render(antiforgery.GetAndStoreTokens(context), returnUrl)))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapPost(SignInForm.Path, async (HttpContext context, IAntiforgery antiforgery, UserStore users,
            [FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            var user = string.IsNullOrEmpty(name) || string.IsNullOrEmpty(password) ? null
                : await users.VerifyPasswordAsync(name, password, context.RequestAborted);
            if (user is null)
                return Pages.Html(SignInForm.Render(antiforgery.GetAndStoreTokens(context), returnUrl, name,
                    "Sai tên đăng nhập hoặc mật khẩu / wrong user name or password."), StatusCodes.Status401Unauthorized);
            await context.SignInAsync(SecuritySchemes.Cookie, ThiDuaClaims.Of(user, SecuritySchemes.Cookie));
            return Results.Redirect(SignInForm.SafeReturnUrl(returnUrl));
        }).AllowAnonymous().RequireRateLimiting(SecurityServices.SignInRateLimit).ExcludeFromDescription();

        app.MapPost("/signout", async (HttpContext context, UserStore users, CachedUsers cached) =>
        {
            // Server-side too: a copy of the cookie (another tab, a stolen one) must not outlive the sign-out.
            if (context.User.Identity?.Name is { } name)
            {
                await users.EndSessionsAsync(name, context.RequestAborted);
                cached.Forget(name);
            }
            await context.SignOutAsync(SecuritySchemes.Cookie);
            return Results.Redirect(SignInForm.Path);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }
}
