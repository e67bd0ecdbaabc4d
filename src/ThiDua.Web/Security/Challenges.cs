using Microsoft.AspNetCore.Http;
using ThiDua.Security;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Security;

/// <summary>Bilingual refusals from the security layer (401, 403), answered as every error is (<see cref="ErrorResponses"/>).</summary>
public static class Challenges
{
    public const string Unauthenticated = "Cần đăng nhập (phiên đăng nhập hoặc mã API: Authorization: Bearer …) / sign-in required (a session cookie or an API token: Authorization: Bearer …).";
    public const string Forbidden = "Vai trò của bạn không được phép làm việc này / your role does not allow this.";

    /// <summary>A 401 or 403 with its message.</summary>
    public static Task WriteAsync(HttpContext context, int status) =>
        ErrorResponses.WriteAsync(context, status, status == 401 ? Unauthenticated : ForbiddenFor(context?.User));

    /// <summary>
    /// The 403 says which role the user has and how to get more: "your role does not allow this" alone left a viewer
    /// not knowing whom to ask or what for.
    /// </summary>
    public static string ForbiddenFor(System.Security.Claims.ClaimsPrincipal? user)
    {
        if (!RoleNames.TryParse(user?.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, out var role) || user?.Identity?.Name is not { } name)
            return Forbidden;
        var word = RoleNames.ToWord(role);
        return $"Vai trò của bạn ({name}: {UsersPages.RoleLabel(role)}, {word}) không được phép làm việc này; nếu công việc cần, hãy nhờ quản trị viên "
            + $"đổi vai trò (trang /users hoặc thidua users role) / your role ({name}: {word}) does not allow this; if your work needs it, "
            + "ask an administrator to change your role (the /users page or thidua users role).";
    }
}
