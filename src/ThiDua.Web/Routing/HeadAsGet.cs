using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Routing;

/// <summary>
/// A HEAD is answered as the GET of the same path — the same status and headers, no body (RFC 9110 §9.3.2: a server
/// that takes GET takes HEAD). Routes are mapped for GET only, so the request is handed on as a GET and what the
/// endpoint writes goes nowhere — this step does not leave dropping the body to the server (a test host sends it).
/// A link checker, a balancer or a script asking "is this export there, how big is it" was told 405. The method asked
/// is kept for the messages that name it.
/// </summary>
public static class HeadAsGet
{
    private const string AskedKey = "thidua.method-asked";

    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Items[AskedKey] = context.Request.Method;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }
        return next(context);
    });

    /// <summary>The method the client sent: HEAD for a HEAD answered as GET.</summary>
    public static string MethodAsked(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.Items[AskedKey] as string ?? request.Method;
    }
}
