using System.Text;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Html;

/// <summary>Sends a rendered page.</summary>
public static class Pages
{
    public static IResult Html(string page, int status = 200) => Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);

    public static Task Write(HttpContext context, string page, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(page, Encoding.UTF8);
    }
}
