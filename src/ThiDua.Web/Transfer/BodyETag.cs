using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Transfer;

/// <summary>
/// Marks a GET route whose successful answer gets a weak ETag of its bytes, and a <c>304 Not Modified</c> without the
/// body when the client sends that ETag back (<c>If-None-Match</c>). Computed from the body as sent, so it changes
/// whenever anything the answer shows changes (an import, a period closed or reopened, another "as of"), with no list
/// of what to watch. It saves the transfer, not the work: the answer is still computed, then hashed.
/// Only for answers built whole in memory anyway (JSON lists, a CSV template): the body is held until it is complete.
/// Weak (<c>W/</c>): the same ETag is sent for the Brotli, gzip and plain forms of the same answer.
/// </summary>
public static class BodyETag
{
    private sealed class Marker;

    private static readonly Marker Mark = new();

    public static TBuilder WithBodyETag<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(Mark);

    /// <summary>After the security steps: a refused request never reaches a marked route's buffer.</summary>
    public static WebApplication UseBodyETags(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
            HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null
                ? AnswerAsync(context, next)
                : next(context));
        return app;
    }

    /// <summary>The weak tag of an answer's bytes: the first 16 bytes of their SHA-256, quoted (the stored ranking's too).</summary>
    public static string Of(ReadOnlySpan<byte> body) => "W/\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        var sent = response.Body;
        using var body = new MemoryStream();
        response.Body = body;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = sent; // an exception's error answer goes out unbuffered, as on every other route
        }
        if (response.StatusCode == StatusCodes.Status200OK && string.IsNullOrEmpty(response.Headers.ETag))
        {
            var tag = Of(body.GetBuffer().AsSpan(0, (int)body.Length));
            response.Headers.ETag = tag;
            if (IfNoneMatch.Matches(context.Request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        response.ContentLength ??= body.Length;
        body.Position = 0;
        await body.CopyToAsync(sent, context.RequestAborted);
    }
}
