namespace ThiDua.Web.Security;

/// <summary>
/// Authentication scheme names. The token scheme is the default: it answers a request with a Bearer header itself and
/// forwards every other one to the cookie (one handler per request, not a selector scheme in front of both).
/// </summary>
public static class SecuritySchemes
{
    public const string Cookie = "thidua.cookie";
    public const string Token = "thidua.token";
    public const string CookieName = "thidua.session";
}
