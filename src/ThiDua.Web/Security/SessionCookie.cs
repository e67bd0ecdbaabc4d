using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Security;

namespace ThiDua.Web.Security;

/// <summary>
/// The browser session: an HttpOnly, SameSite=Lax cookie with sliding expiry. On every request its user is
/// checked against the database, so revoking a user or changing the password ends the session at once.
/// </summary>
public static class SessionCookie
{
    public static void Configure(CookieAuthenticationOptions o, SecurityLimits limits)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(limits);
        o.Cookie.Name = SecuritySchemes.CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // intranet servers often run plain HTTP
        o.ExpireTimeSpan = limits.SessionIdle;
        o.SlidingExpiration = true;
        o.LoginPath = SignInForm.Path;
        o.ReturnUrlParameter = "returnUrl";
        o.Events = new CookieAuthenticationEvents
        {
            OnRedirectToLogin = c =>
            {
                if (Errors.ErrorResponses.IsMachineRoute(c.Request)) return Challenges.WriteAsync(c.HttpContext, 401);
                // Relative, as every other redirect here: the absolute one the framework builds names the Host the
                // request gave — behind a proxy often the upstream's name or a port dropped, or one a client chose.
                c.Response.Redirect(Uri.TryCreate(c.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : c.RedirectUri);
                return Task.CompletedTask;
            },
            OnRedirectToAccessDenied = c => Challenges.WriteAsync(c.HttpContext, 403),
            OnValidatePrincipal = async c =>
            {
                var name = c.Principal?.Identity?.Name;
                var stamp = c.Principal?.FindFirst(ThiDuaClaims.SessionStamp)?.Value;
                var user = name is null ? null : await c.HttpContext.RequestServices.GetRequiredService<CachedUsers>().FindAsync(name, c.HttpContext.RequestAborted);
                if (user is null || user.SessionStamp != stamp)
                {
                    c.RejectPrincipal();
                    await c.HttpContext.SignOutAsync(SecuritySchemes.Cookie);
                }
                else if (RoleNames.ToWord(user.Role) != c.Principal!.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value)
                {
                    c.ReplacePrincipal(ThiDuaClaims.Of(user, SecuritySchemes.Cookie));
                    c.ShouldRenew = true;
                }
            },
        };
    }
}
