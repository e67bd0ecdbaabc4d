using Microsoft.AspNetCore.Http;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Html;

/// <summary>
/// Reads a page form inside the handler, not by parameter binding: a bound form makes the route match only form
/// requests, so a POST without a body fell through to the not-found page (404) before its role was checked (403).
/// </summary>
public static class FormBody
{
    public const string Missing = "Yêu cầu không có biểu mẫu; hãy gửi từ trang web / the request carries no form; submit it from the page.";

    public static async Task<IFormCollection> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType) throw RequestRejectedException.BadRequest(Missing);
        return await context.Request.ReadFormAsync(context.RequestAborted);
    }

    public static string? Field(this IFormCollection form, string name)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.TryGetValue(name, out var v) ? v.ToString() : null;
    }
}
