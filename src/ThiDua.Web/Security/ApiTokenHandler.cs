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
    public static bool HasBearer(Microsoft.AspNetCore.Http.HttpRequest request) => IsBearer(Header(request));

    private static ReadOnlySpan<char> Header(Microsoft.AspNetCore.Http.HttpRequest? request) =>
        (request?.Headers.Authorization.ToString() ?? "").AsSpan().Trim();

    private static bool IsBearer(ReadOnlySpan<char> header) =>
        header.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    // The text after "Bearer" (empty for a bare "Bearer"), or null when the header is no Bearer header: read once.
    internal static string? BearerToken(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var header = Header(request);
        return IsBearer(header) ? header["Bearer".Length..].Trim().ToString() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token) return AuthenticateResult.NoResult();
        if (!IsWellFormed(token)) return AuthenticateResult.Fail("malformed token");
        var user = await users.FindByTokenAsync(token, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("unknown or revoked token")
            : AuthenticateResult.Success(new AuthenticationTicket(ThiDuaClaims.Of(user, Scheme.Name), Scheme.Name));
    }

    internal static bool IsWellFormed(string token) => token.Length is > 0 and <= 200;

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Challenges.WriteAsync(Context, 401);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Challenges.WriteAsync(Context, 403);
}
