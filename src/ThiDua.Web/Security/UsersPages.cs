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

/// <summary><c>/users</c> (admin): the users, adding one (its token shown once), revoking one's tokens, sessions and password; <c>GET /api/users</c>.</summary>
public static class UsersPages
{
    public static IEndpointRouteBuilder MapUsersPages(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("").RequireAuthorization(AuthPolicies.Admin);
        admin.MapGet("/users", async (HttpContext context, IAntiforgery af, UserStore users) =>
            Pages.Html(PageLayout.Render("Người dùng", await BodyAsync(context, af, users, null), "/users"))).ExcludeFromDescription();

        admin.MapPost("/users", async (HttpContext context, IAntiforgery af, UserStore users) =>
        {
            var form = await FormBody.ReadAsync(context);
            var (name, role, password) = (form.Field("name"), form.Field("role"), form.Field("password"));
            string notice;
            try
            {
                var added = await users.AddAsync(name ?? "", RoleNames.Parse(role), string.IsNullOrEmpty(password) ? null : password, context.RequestAborted);
                notice = $"<p class=\"notice ok\" role=\"status\">Đã tạo <strong>{H.Encode(added.Account.Name)}</strong>. Mã API (chỉ hiện một lần, hãy lưu lại): <code>{H.Encode(added.Token)}</code></p>";
            }
            catch (UserRejectedException e)
            {
                notice = $"<p class=\"notice error\" role=\"alert\">{BilingualText.For(e.Message)}</p>";
            }
            return Pages.Html(PageLayout.Render("Người dùng", await BodyAsync(context, af, users, notice), "/users"));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        admin.MapPost("/users/{name}/revoke", async (string name, HttpContext context, IAntiforgery af, UserStore users) =>
        {
            int revoked;
            try { revoked = await users.RevokeAsync(name, context.RequestAborted); }
            catch (UserRejectedException e) { throw Errors.RequestRejectedException.NotFound(e.Message); }
            var notice = $"<p class=\"notice ok\" role=\"status\">Đã thu hồi {revoked} mã API và mọi phiên đăng nhập của <strong>{H.Encode(name)}</strong>; mật khẩu đã bị xóa, người dùng này không đăng nhập được nữa.</p>";
            return Pages.Html(PageLayout.Render("Người dùng", await BodyAsync(context, af, users, notice), "/users"));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        admin.MapGet("/api/users", async (UserStore users, CancellationToken ct) => Json(await users.ListAsync(ct)))
            .WithTags("Users").WithName("ListUsers").WithSummary("Người dùng (quản trị) / users (admin only)");
        return app;
    }

    private static IResult Json(IReadOnlyList<UserAccount> users) => Results.Ok(users.Select(u => new
    {
        name = u.Name, role = RoleNames.ToWord(u.Role), has_password = u.HasPassword, active_tokens = u.ActiveTokens, created_at = u.CreatedAt,
    }));

    internal static async Task<string> BodyAsync(HttpContext context, IAntiforgery af, UserStore users, string? notice)
    {
        var token = af.GetAndStoreTokens(context);
        var hidden = H.AntiforgeryField(token);
        var sb = new StringBuilder(notice);
        sb.Append("<div class=\"table-wrap\"><table>" + TableCaption.For("Người dùng và mã API") + "<thead><tr><th>Tên</th><th>Vai trò</th><th>Mật khẩu</th><th class=\"num\">Mã API còn hiệu lực</th><th>" + ScreenReaderText.For("Thu hồi") + "</th></tr></thead><tbody>");
        // Each revoke button names its user for a screen reader: a column of identical "Thu hồi mã và phiên, xóa mật khẩu" buttons
        // does not say whose access goes.
        var list = await users.ListAsync(context.RequestAborted);
        foreach (var u in list)
            sb.Append($"<tr><td>{H.Encode(u.Name)}</td><td>{RoleLabel(u.Role)}</td><td>{(u.HasPassword ? "có" : "không")}</td><td class=\"num\">{u.ActiveTokens}</td>")
              .Append($"<td><form method=\"post\" action=\"/users/{H.Segment(u.Name)}/revoke\">{hidden}<button class=\"secondary\" type=\"submit\">Thu hồi mã và phiên, xóa mật khẩu{ScreenReaderText.For(" của " + u.Name)}</button></form></td></tr>");
        sb.Append("</tbody></table></div><h2>Thêm người dùng</h2>")
          .Append($"<form class=\"upload\" method=\"post\" action=\"/users\">{hidden}")
          .Append("<label>Tên đăng nhập (a-z, 0-9, . _ -)<input name=\"name\" required></label>")
          .Append("<label>Vai trò<select name=\"role\"><option value=\"viewer\">Xem (viewer)</option><option value=\"analyst\">Phân tích, nhập số liệu (analyst)</option><option value=\"admin\">Quản trị (admin)</option></select></label>")
          .Append("<label>Mật khẩu (để trống: chỉ dùng mã API)<input name=\"password\" type=\"password\" autocomplete=\"new-password\"></label>")
          .Append("<button type=\"submit\">Thêm</button></form>")
          .Append(UserChangesPages.Forms(list, hidden));
        return sb.ToString();
    }

    public static string RoleLabel(Role role) => role switch
    {
        Role.Admin => "Quản trị",
        Role.Analyst => "Phân tích",
        _ => "Xem",
    };
}
