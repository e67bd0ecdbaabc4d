using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Web.Security;

/// <summary>
/// May they: the endpoint's policy (its <c>RequireAuthorization</c> policies, else the fallback: any signed-in role),
/// evaluated by ASP.NET Core's own policy evaluator and answered by its result handler (401 challenge, 403 forbid) —
/// what <c>UseAuthorization()</c> does, without its per-request costs: it resolves the evaluator and the result handler
/// from a request service scope and reads an <c>AppContext</c> switch under a process-wide lock on every request
/// (≈ 2 % of an API call's CPU, contended on 2 cores: benchmark P4). The resource handed to policies is the
/// HttpContext, that switch's default. Each endpoint's combined policy is computed once.
/// </summary>
public static class EndpointAuthorization
{
    // Read by the endpoint step: an endpoint with authorization metadata refuses to run unless this is set.
    private const string InvokedKey = "__AuthorizationMiddlewareWithEndpointInvoked";
    private static readonly object Invoked = new();

    public static WebApplication UseEndpointAuthorization(this WebApplication app)
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        // Stateless services (the evaluator is registered transient only by convention): one instance serves every request.
        var evaluator = app.Services.GetRequiredService<IPolicyEvaluator>();
        var results = app.Services.GetRequiredService<IAuthorizationMiddlewareResultHandler>();
        var policies = new ConcurrentDictionary<Endpoint, (AuthorizationPolicy? Policy, bool Anonymous)>();
        AuthorizationPolicy? fallback = null;
        app.Use(next => async context =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is not null) context.Items[InvokedKey] = Invoked;
            // No endpoint (a path nothing answers): the fallback policy, so a stranger learns nothing of which paths exist.
            var (policy, anonymous) = endpoint is null
                ? (fallback ??= await provider.GetFallbackPolicyAsync(), false)
                : policies.TryGetValue(endpoint, out var known) ? known : policies[endpoint] = await PolicyOfAsync(endpoint, provider);
            if (policy is null)
            {
                await next(context);
                return;
            }
            var authenticated = await evaluator.AuthenticateAsync(policy, context);
            if (authenticated.Succeeded)
            {
                if (context.Features.Get<IAuthenticateResultFeature>() is { } feature) feature.AuthenticateResult = authenticated;
                else
                {
                    var features = new AuthenticatedUser(authenticated);
                    context.Features.Set<IHttpAuthenticationFeature>(features);
                    context.Features.Set<IAuthenticateResultFeature>(features);
                }
            }
            // An anonymous route still gets its user (the page shows who is signed in) but nothing is refused.
            if (anonymous)
            {
                await next(context);
                return;
            }
            var authorized = await evaluator.AuthorizeAsync(policy, authenticated, context, context);
            await results.HandleAsync(next, context, policy, authorized);
        });
        // What UseAuthorization() records: without it the host would add the framework's step as well.
        ((IApplicationBuilder)app).Properties["__AuthorizationMiddlewareSet"] = true;
        return app;
    }

    private static async Task<(AuthorizationPolicy?, bool)> PolicyOfAsync(Endpoint endpoint, IAuthorizationPolicyProvider provider)
    {
        var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var own = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>();
        return (await AuthorizationPolicy.CombineAsync(provider, data, own), endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null);
    }

    // The user and the result the policy's authentication gave, as the authentication step would have recorded them.
    private sealed class AuthenticatedUser(AuthenticateResult authenticated) : IHttpAuthenticationFeature, IAuthenticateResultFeature
    {
        private AuthenticateResult? result = authenticated;
        private System.Security.Claims.ClaimsPrincipal? user = authenticated.Principal;

        public AuthenticateResult? AuthenticateResult { get => result; set { result = value; user = value?.Principal; } }

        public System.Security.Claims.ClaimsPrincipal? User { get => user; set { user = value; result = null; } }
    }
}
