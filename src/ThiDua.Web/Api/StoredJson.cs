using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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

    /// <summary>A strong validator: the first 16 bytes of the body's SHA-256, quoted.</summary>
    public string ETag { get; }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaType;

    public static StoredJson Of(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return new StoredJson(body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        if (Matches(httpContext.Request.Headers.IfNoneMatch.ToString()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType;
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body).AsTask();
    }

    private bool Matches(string ifNoneMatch)
    {
        if (ifNoneMatch.Length == 0) return false;
        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)) return false;
        foreach (var tag in tags)
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(ETag), useStrongComparison: false)) return true;
        return false;
    }
}
