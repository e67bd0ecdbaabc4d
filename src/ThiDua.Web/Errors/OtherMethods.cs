using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace ThiDua.Web.Errors;

/// <summary>
/// The methods a path is served with when the request's method is not one of them: such a request is answered 405 with
/// <c>Allow</c>, not 404 (<see cref="ErrorResponses.NoEndpointAsync"/>, for the fallback and for a file-like path the
/// fallback leaves alone). Every other unmatched request reaches the fallback (it takes any method), so without this
/// <c>POST /api/campaigns</c>, <c>HEAD</c> or <c>OPTIONS</c> on a GET route said "no page at '/api/campaigns'" — an
/// integrator read the route as gone. Route constraints are not checked: a path one route's pattern fits counts.
/// A GET route also takes HEAD (<see cref="Routing.HeadAsGet"/>), so <c>Allow</c> names both.
/// </summary>
public sealed class OtherMethods(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>> routes = new(() =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            // The fallback and other any-method endpoints carry no method list: they never make a 405.
            .Select(e => (e.RoutePattern, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(e => e.Methods is { Count: > 0 })
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()), e.Methods!))
            .ToList());

    /// <summary>The methods the request's path is served with, empty when none or when the request's own method is one.</summary>
    public IReadOnlyList<string> For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var methods = routes.Value.Where(r => r.Matcher.TryMatch(request.Path, new RouteValueDictionary()))
            .SelectMany(r => r.Methods).ToList();
        if (methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)) methods.Add(HttpMethods.Head);
        methods = methods.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) ? [] : methods;
    }

    public static string NotAllowed(HttpRequest request, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = string.Join(", ", allowed);
        var asked = Routing.HeadAsGet.MethodAsked(request);
        return $"Không dùng được phương thức {asked} với '{request.Path}': hãy dùng {list} / " +
            $"method {asked} is not allowed at '{request.Path}': use {list}.";
    }
}
