using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;

namespace ThiDua.Web.Health;

/// <summary>
/// <c>GET /health</c> (and <c>HEAD</c>, which many balancers send), for a load balancer's check (no sign-in): 200 "ok" while this node answers and its database
/// does; while the database is away the outage answer, 503, as every route gives then — so a balancer sends browsers
/// to a node that can serve them. It says nothing else: the address and state of the database are not for anyone.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // HEAD too: answered by the fallback, it was a redirect to /signin — a balancer checking by HEAD saw no node as healthy
        // (or, taking any 3xx, every node, the database away or not).
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], async (ThiDuaRuntime runtime, CancellationToken ct) =>
        {
            // The primary: sign-in, imports and the scheduler need it even where pages read from a standby.
            await using var probe = runtime.DataSource.CreateCommand("select 1");
            await probe.ExecuteScalarAsync(ct);
            return Results.Text("ok\n", "text/plain; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
