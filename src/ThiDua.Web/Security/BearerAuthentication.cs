using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Security;

/// <summary>
/// Who is asking: a request with an <c>Authorization: Bearer</c> header is the token's user (or nobody, for a malformed,
/// unknown or revoked token), read here exactly as <see cref="ApiTokenHandler"/> reads it; every other request goes
/// through ASP.NET Core's authentication middleware (the session cookie). The token path skips that middleware's
/// per-request work — a service scope, the scheme look-ups and a handler made per request — about a third of an API
/// call's own cost beyond serving the bytes (benchmark P4). Challenges and refusals still go to the token scheme
/// (401 with <c>WWW-Authenticate: Bearer</c>, 403), as before.
/// </summary>
public static class BearerAuthentication
{
    public static RequestDelegate Before(RequestDelegate next, IAuthenticationSchemeProvider schemes, CachedUsers users)
    {
        var cookie = new AuthenticationMiddleware(next, schemes);
        return context => ApiTokenHandler.BearerToken(context.Request) is { } token
            ? Authenticate(context, token, next, users)
            : cookie.Invoke(context);
    }

    // A token in memory (the usual case) is answered without a state machine; any other is looked up.
    private static Task Authenticate(HttpContext context, string token, RequestDelegate next, CachedUsers users)
    {
        if (!ApiTokenHandler.IsWellFormed(token)) return next(context);
        if (users.CachedByToken(token) is not { } user) return LookUpAsync(context, token, next, users);
        context.User = ThiDuaClaims.Of(user, SecuritySchemes.Token);
        return next(context);
    }

    private static async Task LookUpAsync(HttpContext context, string token, RequestDelegate next, CachedUsers users)
    {
        if (await users.FindByTokenAsync(token, context.RequestAborted) is { } user)
            context.User = ThiDuaClaims.Of(user, SecuritySchemes.Token);
        await next(context);
    }
}
