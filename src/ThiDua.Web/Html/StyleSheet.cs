using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ThiDua.Web.Html;

/// <summary>The one style sheet, embedded in the assembly; unmatched routes get the Vietnamese 404 page (405 where the path has other methods).</summary>
public static class StyleSheet
{
    public const string Path = "/assets/thidua.css";

    /// <summary>A year, and never asked again: the version in <see cref="Href"/> changes with the sheet's bytes.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The address without this release's version (an old page, a bookmark): an hour, as before.</summary>
    public const string Unversioned = "public, max-age=3600";

    private static readonly Lazy<(byte[] Bytes, string Version)> Css = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("thidua.css")
            ?? throw new InvalidOperationException("thidua.css is not embedded");
        using var reader = new StreamReader(stream);
        var bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        return (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)));
    });

    /// <summary>
    /// What pages link: the same route with the sheet's hash in <c>?v=</c>, so a browser keeps it for good and a new
    /// release's sheet is a new address (on 3G each revalidation of the old hour-long copy cost a round trip).
    /// </summary>
    public static string Href => Path + "?v=" + Css.Value.Version;

    public static IEndpointRouteBuilder MapStyleSheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            var (bytes, version) = Css.Value;
            var response = context.Response;
            response.Headers.CacheControl = context.Request.Query["v"] == version ? Immutable : Unversioned;
            response.Headers.ETag = "W/\"" + version + "\""; // weak: the same for its Brotli, gzip and plain forms
            if (Transfer.IfNoneMatch.Matches(context.Request, response.Headers.ETag!)) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Bytes(bytes, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription(); // the sign-in page needs it
        return app;
    }

    public static IEndpointRouteBuilder MapNotFoundPage(this IEndpointRouteBuilder app)
    {
        app.MapFallback(Errors.ErrorResponses.NoEndpointAsync).ExcludeFromDescription();
        return app;
    }
}
