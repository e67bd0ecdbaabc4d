using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThiDua.Security;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// On <c>/users</c> (admin): <c>POST /users/role</c> gives a user another role, <c>POST /users/password</c> a new password
/// (their browser sessions end; tokens stay) — the page's counterparts of <c>thidua users role</c> and <c>users password</c>.
/// </summary>
public static class UserChangesPages
{
    public static IEndpointRouteBuilder MapUserChangesPages(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("").RequireAuthorization(AuthPolicies.Admin);
        admin.MapPost("/users/role", (HttpContext context, IAntiforgery af, UserStore users, UserChanges changes) =>
            ChangeAsync(context, af, users, async form =>
            {
                var name = UserNames.Normalize(form.Field("name"));
                var role = RoleNames.Parse(form.Field("role"));
                var before = await changes.SetRoleAsync(name, role, context.RequestAborted);
                return before == role
                    ? $"<strong>{H.Encode(name)}</strong> đã có vai trò {UsersPages.RoleLabel(role)}; không có gì thay đổi."
                    : $"Đã đổi vai trò của <strong>{H.Encode(name)}</strong>: {UsersPages.RoleLabel(before)} → {UsersPages.RoleLabel(role)}, có hiệu lực ngay với phiên đăng nhập và mã API.";
            })).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        admin.MapPost("/users/password", (HttpContext context, IAntiforgery af, UserStore users) =>
            ChangeAsync(context, af, users, async form =>
            {
                var name = UserNames.Normalize(form.Field("name"));
                await users.SetPasswordAsync(name, form.Field("password") ?? "", context.RequestAborted);
                return $"Đã đặt mật khẩu mới cho <strong>{H.Encode(name)}</strong>; các phiên đăng nhập cũ đã kết thúc, mã API không đổi. Hãy báo mật khẩu cho người này qua kênh riêng.";
            })).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }

    // A refused change (unknown user, bad role, short password) is said on the page, as a refused new user is.
    private static async Task<IResult> ChangeAsync(HttpContext context, IAntiforgery af, UserStore users, Func<IFormCollection, Task<string>> change)
    {
        var form = await FormBody.ReadAsync(context);
        string notice;
        try { notice = $"<p class=\"notice ok\" role=\"status\">{await change(form)}</p>"; }
        catch (UserRejectedException e) { notice = $"<p class=\"notice error\" role=\"alert\">{BilingualText.For(e.Message)}</p>"; }
        return Pages.Html(PageLayout.Render("Người dùng", await UsersPages.BodyAsync(context, af, users, notice), "/users"));
    }

    /// <summary>The two forms under the table: pick a user, then the new role or the new password.</summary>
    public static string Forms(IReadOnlyList<UserAccount> list, string hidden)
    {
        ArgumentNullException.ThrowIfNull(list);
        var options = new StringBuilder();
        foreach (var u in list) options.Append($"<option value=\"{H.Encode(u.Name)}\">{H.Encode(u.Name)} ({UsersPages.RoleLabel(u.Role)})</option>");
        var pick = $"<label>Người dùng<select name=\"name\" required>{options}</select></label>";
        return "<h2>Đổi vai trò</h2>"
            + $"<form class=\"upload\" method=\"post\" action=\"/users/role\">{hidden}{pick}"
            + "<label>Vai trò mới<select name=\"role\"><option value=\"viewer\">Xem (viewer)</option><option value=\"analyst\">Phân tích, nhập số liệu (analyst)</option><option value=\"admin\">Quản trị (admin)</option></select></label>"
            + "<button type=\"submit\">Đổi vai trò</button></form>"
            + "<h2>Đặt lại mật khẩu</h2><p class=\"meta\">Cho người quên mật khẩu, hoặc người đã bị thu hồi nay được dùng lại. Các phiên đăng nhập đang mở của người đó kết thúc.</p>"
            + $"<form class=\"upload\" method=\"post\" action=\"/users/password\">{hidden}{pick}"
            + "<label>Mật khẩu mới (ít nhất 8 ký tự)<input name=\"password\" type=\"password\" autocomplete=\"new-password\" required minlength=\"8\"></label>"
            + "<button type=\"submit\">Đặt mật khẩu</button></form>";
    }
}
