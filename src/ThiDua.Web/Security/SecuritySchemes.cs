namespace ThiDua.Web.Security;

/// <summary>Authentication scheme names: the selector picks the token handler for a Bearer header, else the cookie.</summary>
public static class SecuritySchemes
{
    public const string Default = "thidua";
    public const string Cookie = "thidua.cookie";
    public const string Token = "thidua.token";
    public const string CookieName = "thidua.session";
}
