using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDua.Security;

namespace ThiDua.Web.Security;

/// <summary>
/// <c>Authorization: Bearer tdk_…</c> on any route: pages, charts, API. The token is hashed and looked up;
/// a revoked or unknown token fails, and the request is answered 401 like an anonymous one.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CachedUsers users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public static bool HasBearer(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var header = request?.Headers.Authorization.ToString().Trim() ?? "";
        return header.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var token = Request.Headers.Authorization.ToString().Trim()["Bearer".Length..].Trim();
        if (token.Length is 0 or > 200) return AuthenticateResult.Fail("malformed token");
        var user = await users.FindByTokenAsync(token, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("unknown or revoked token")
            : AuthenticateResult.Success(new AuthenticationTicket(ThiDuaClaims.Of(user, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Challenges.WriteAsync(Context, 401);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Challenges.WriteAsync(Context, 403);
}
