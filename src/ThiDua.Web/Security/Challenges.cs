using Microsoft.AspNetCore.Http;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Security;

/// <summary>Bilingual refusals from the security layer (401, 403), answered as every error is (<see cref="ErrorResponses"/>).</summary>
public static class Challenges
{
    public const string Unauthenticated = "Cần đăng nhập (phiên đăng nhập hoặc mã API: Authorization: Bearer …) / sign-in required (a session cookie or an API token: Authorization: Bearer …).";
    public const string Forbidden = "Vai trò của bạn không được phép làm việc này / your role does not allow this.";

    /// <summary>A 401 or 403 with its message.</summary>
    public static Task WriteAsync(HttpContext context, int status) =>
        ErrorResponses.WriteAsync(context, status, status == 401 ? Unauthenticated : Forbidden);
}
