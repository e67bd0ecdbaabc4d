namespace ThiDua.Web.Security;

/// <summary>
/// Authorization policy names for <c>.RequireAuthorization(…)</c>. Every endpoint already needs a signed-in
/// user of any role (the fallback policy, = <see cref="Viewer"/>); imports need <see cref="Analyst"/>; user
/// management and running jobs need <see cref="Admin"/>. Anonymous endpoints say <c>.AllowAnonymous()</c>.
/// </summary>
public static class AuthPolicies
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";
}
