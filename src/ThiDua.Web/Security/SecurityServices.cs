using System.Net;
using IPNetwork = System.Net.IPNetwork;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using ThiDua.Hosting;
using ThiDua.Security;

namespace ThiDua.Web.Security;

/// <summary>Registers sign-in (cookie or API token), the role policies, the sign-in rate limit, the body-size limits, the key ring behind cookies and forms, and which proxies' forwarded headers are believed.</summary>
public static class SecurityServices
{
    public const string SignInRateLimit = "signin";

    public static IServiceCollection AddThiDuaSecurity(this IServiceCollection services, SecurityLimits limits, IReadOnlyList<IPNetwork> trustedProxies)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(trustedProxies);
        // One key ring and one application name for every node of a database, wherever each is installed (the default
        // name is the install folder, the default keys live in the user's home).
        services.AddDataProtection().SetApplicationName("ThiDua");
        services.AddOptions<KeyManagementOptions>().Configure<ThiDuaRuntime>((o, runtime) => o.XmlRepository = new DatabaseKeyRing(runtime.DataSource));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear(); // not even loopback by default: only the proxies named
            o.KnownIPNetworks.Clear();
            foreach (var network in trustedProxies)
            {
                o.KnownIPNetworks.Add(network);
                // A dual-stack listener (http://[::]:5080) sees an IPv4 proxy as ::ffff:a.b.c.d.
                if (network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                    o.KnownIPNetworks.Add(new IPNetwork(network.BaseAddress.MapToIPv6(), network.PrefixLength + 96));
            }
        });
        services.AddSingleton(limits);
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<ThiDuaRuntime>().DataSource, sp.GetRequiredService<ThiDuaRuntime>().Clock));
        services.AddSingleton(sp => new UserChanges(sp.GetRequiredService<ThiDuaRuntime>().DataSource, sp.GetRequiredService<ThiDuaRuntime>().Clock));
        services.AddSingleton<CachedUsers>();
        // The log is read where the request reads (the standby for a GET when one is in use): one per request.
        services.AddScoped(sp => new AuditTrail(sp.GetRequiredService<Replicas.ReadDatabase>().Runtime.DataSource));
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxUploadBytes);

        // Authenticate, challenge and forbid go to the token handler for a Bearer header, else to the cookie.
        services.AddAuthentication(SecuritySchemes.Token)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(SecuritySchemes.Token, o =>
                o.ForwardDefaultSelector = c => ApiTokenHandler.HasBearer(c.Request) ? null : SecuritySchemes.Cookie)
            .AddCookie(SecuritySchemes.Cookie, o => SessionCookie.Configure(o, limits));

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Viewer, p => p.RequireRole(RoleNames.Viewer, RoleNames.Analyst, RoleNames.Admin))
            .AddPolicy(AuthPolicies.Analyst, p => p.RequireRole(RoleNames.Analyst, RoleNames.Admin))
            .AddPolicy(AuthPolicies.Admin, p => p.RequireRole(RoleNames.Admin))
            // Every route needs a signed-in user unless it says AllowAnonymous (the sign-in page, the style sheet).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(RoleNames.Viewer, RoleNames.Analyst, RoleNames.Admin).Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Errors.ErrorResponses.WriteAsync(context.HttpContext, 429,
                    "Quá nhiều lần đăng nhập; hãy thử lại sau một phút / too many sign-in attempts; try again in a minute."));
            };
            // Per client address, all names together: spraying passwords over many names is slowed too.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path == SignInForm.Path
                    ? RateLimitPartition.GetFixedWindowLimiter("signin|" + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInAttemptsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    // A key of its own: partitions are cached by key, and a shared one would hand sign-ins the no-limit limiter.
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            // Per client address and typed user name: guessing one account is slowed, others can still sign in.
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                $"{context.Connection.RemoteIpAddress}|{SignInForm.TypedName(context)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
