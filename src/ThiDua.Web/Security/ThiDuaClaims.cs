using System.Security.Claims;
using ThiDua.Security;

namespace ThiDua.Web.Security;

/// <summary>The claims a ThiDua identity carries: name, role, and (for cookies) the session stamp.</summary>
public static class ThiDuaClaims
{
    public const string SessionStamp = "thidua:stamp";

    public static ClaimsPrincipal Of(Principal user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, RoleNames.ToWord(user.Role)),
            new Claim(SessionStamp, user.SessionStamp),
        ], scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in user's name: the actor recorded on the events they cause.</summary>
    public static string ActorOf(ClaimsPrincipal user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name
            : throw new InvalidOperationException("No signed-in user: the endpoint must require authorization.");
}
