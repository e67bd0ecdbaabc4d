using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ThiDua.Web.Html;

/// <summary>The one style sheet, embedded in the assembly; unmatched routes get the Vietnamese 404 page (405 where the path has other methods).</summary>
public static class StyleSheet
{
    public const string Path = "/assets/thidua.css";

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("thidua.css")
            ?? throw new InvalidOperationException("thidua.css is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapStyleSheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Css.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription(); // the sign-in page needs it
        return app;
    }

    public static IEndpointRouteBuilder MapNotFoundPage(this IEndpointRouteBuilder app)
    {
        app.MapFallback(Errors.ErrorResponses.NoEndpointAsync).ExcludeFromDescription();
        return app;
    }
}
