using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// The signed-in user of the request being rendered, for the page header (name, role, sign-out button).
/// Held in an AsyncLocal set by the security middleware, so the many static page renderers need no new
/// parameter; null outside a request or when nobody is signed in (the sign-in page).
/// </summary>
public sealed class PageUser(string name, string role, HttpContext context)
{
    private static readonly AsyncLocal<PageUser?> CurrentUser = new();

    public static PageUser? Current
    {
        get => CurrentUser.Value;
        internal set => CurrentUser.Value = value;
    }

    /// <summary>The signed-in user of a request, as the page header shows it; null when no one is signed in.</summary>
    public static PageUser? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? new PageUser(name, context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "", context) : null;
    }

    public string Name => name;

    public string Role => role;

    /// <summary>The role as the /users table names it ("Xem", "Phân tích", "Quản trị"): the header is read by clerks, not operators.</summary>
    public string RoleLabel => ThiDua.Security.RoleNames.TryParse(role, out var r) ? UsersPages.RoleLabel(r) : role;

    public bool IsAdmin => role == ThiDua.Security.RoleNames.Admin;

    public bool MayImport => role is ThiDua.Security.RoleNames.Analyst or ThiDua.Security.RoleNames.Admin;

    /// <summary>
    /// Shown the API: the menu's "API" and a page's JSON in its footer. Analysts and admins, who script against it; a
    /// viewer reads the pages and is not (the GET routes still answer a viewer's token).
    /// </summary>
    public bool ReadsMachineData => role is ThiDua.Security.RoleNames.Analyst or ThiDua.Security.RoleNames.Admin;

    /// <summary>The hidden anti-forgery field for a form on this page (the sign-out button).</summary>
    public string AntiforgeryField()
    {
        var antiforgery = (IAntiforgery)context.RequestServices.GetService(typeof(IAntiforgery))!;
        return H.AntiforgeryField(antiforgery.GetAndStoreTokens(context));
    }
}
