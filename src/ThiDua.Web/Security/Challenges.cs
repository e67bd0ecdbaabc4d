using Microsoft.AspNetCore.Http;
using ThiDua.Web.Html;

namespace ThiDua.Web.Security;

/// <summary>Bilingual refusals from the security layer (401, 403, 413, 429, bad anti-forgery token): a page or ProblemDetails.</summary>
public static class Challenges
{
    public const string Unauthenticated = "Cần đăng nhập (phiên đăng nhập hoặc mã API: Authorization: Bearer …) / sign-in required (a session cookie or an API token: Authorization: Bearer …).";
    public const string Forbidden = "Vai trò của bạn không được phép làm việc này / your role does not allow this.";

    public static Task WriteAsync(HttpContext context, int status) =>
        WriteAsync(context, status, status == 401 ? Unauthenticated : Forbidden);

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsMachineRoute(context.Request))
            return Pages.Write(context, ErrorPage.Render(status, message), status);
        context.Response.StatusCode = status;
        return Results.Problem(detail: message, statusCode: status, title: TitleOf(status)).ExecuteAsync(context);
    }

    /// <summary>API, charts and the OpenAPI document answer with status codes; pages redirect to the sign-in page.</summary>
    public static bool IsMachineRoute(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/charts") || path.StartsWithSegments("/openapi");
    }

    private static string TitleOf(int status) => status switch
    {
        401 => "Chưa đăng nhập / Unauthorized",
        403 => "Không được phép / Forbidden",
        413 => "Quá lớn / Content too large",
        429 => "Quá nhiều yêu cầu / Too many requests",
        _ => "Yêu cầu không hợp lệ / Bad request",
    };
}
