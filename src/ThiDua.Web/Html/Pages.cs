using System.Text;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Html;

/// <summary>Sends a rendered page.</summary>
public static class Pages
{
    public static IResult Html(string page, int status = 200) => Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>A page sent in parts (its shell around a kept body's UTF-8), never joined into one string.</summary>
    public static IResult Html(IReadOnlyList<byte[]> parts) => new PageParts(parts);

    private sealed class PageParts(IReadOnlyList<byte[]> parts) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = parts.Sum(p => (long)p.Length);
            foreach (var part in parts) await context.Response.Body.WriteAsync(part, context.RequestAborted);
        }
    }

    public static Task Write(HttpContext context, string page, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(page, Encoding.UTF8);
    }
}
