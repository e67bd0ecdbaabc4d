using System.Text;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Api;

/// <summary>
/// A stored JSON answer encoded to UTF-8 once, when it is cached, with an ETag of its bytes: every request after
/// that writes the same bytes (no encoding per request), and a client that sends the ETag back in
/// <c>If-None-Match</c> gets <c>304 Not Modified</c> without the body.
/// </summary>
public sealed class StoredJson : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string MediaType = "application/json; charset=utf-8";

    private StoredJson(byte[] body, string etag)
    {
        Body = body;
        ETag = etag;
    }

    public byte[] Body { get; }

    /// <summary>
    /// The first 16 bytes of the body's SHA-256, quoted, weak (<c>W/</c>): the same tag goes with the Brotli, gzip and
    /// plain forms of the answer, which a strong tag may not (RFC 9110 §8.8.1, §8.8.3).
    /// </summary>
    public string ETag { get; }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaType;

    public static StoredJson Of(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return new StoredJson(body, Transfer.BodyETag.Of(body));
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        if (Transfer.IfNoneMatch.Matches(httpContext.Request, ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body).AsTask();
    }
}
