using System.Net;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// <c>/users</c> changes a role and resets a password (<c>POST /users/role</c>, <c>/users/password</c>): before, the page
/// could only add and revoke, so an administrator working from the browser had no way to help someone who forgot their
/// password or to promote anyone. Only an admin may: an analyst asking to become admin is a 403 and nothing changes.
/// </summary>
public sealed class UsersPageChangesTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private UserStore Store => new(web.DataSource, TimeProvider.System);

    private static async Task<HttpResponseMessage> PostAsync(BrowserSession session, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await session.FormTokenAsync("/");
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private async Task<BrowserSession> SignedInAsync(string name, string password)
    {
        var session = web.NewSession();
        (await session.SignInAsync(name, password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return session;
    }

    [Fact]
    public async Task An_admin_resets_a_forgotten_password_on_the_page_and_the_old_session_ends()
    {
        await web.ChangeFeedListeningAsync();
        await Store.AddAsync("quen.tren.web", Role.Viewer, TestUsers.Password);
        using var old = await SignedInAsync("quen.tren.web", TestUsers.Password);
        using var admin = await SignedInAsync("admin", TestUsers.Password);
        (await admin.Client.GetStringAsync("/users")).Should().Contain("action=\"/users/password\"");

        var reset = await PostAsync(admin, "/users/password", new() { ["name"] = "quen.tren.web", ["password"] = "mat-khau-moi-tren-web" });

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        (await reset.Content.ReadAsStringAsync()).Should().Contain("Đã đặt mật khẩu mới cho <strong>quen.tren.web</strong>");
        await Eventually.WaitUntilAsync(async () => (await old.Client.GetAsync("/")).StatusCode == HttpStatusCode.Redirect,
            TimeSpan.FromSeconds(10), "the session opened with the old password is sent to sign in");
        using (await SignedInAsync("quen.tren.web", "mat-khau-moi-tren-web")) { }
    }

    [Fact]
    public async Task A_too_short_password_or_an_unknown_user_is_said_on_the_page_and_changes_nothing()
    {
        await Store.AddAsync("giu.mat.khau", Role.Viewer, TestUsers.Password);
        using var admin = await SignedInAsync("admin", TestUsers.Password);

        var tooShort = await (await PostAsync(admin, "/users/password", new() { ["name"] = "giu.mat.khau", ["password"] = "ngan" })).Content.ReadAsStringAsync();
        var unknown = await (await PostAsync(admin, "/users/role", new() { ["name"] = "khong.co.ai", ["role"] = "admin" })).Content.ReadAsStringAsync();

        tooShort.Should().Contain("notice error").And.Contain("ít nhất 8 ký tự").And.Contain("at least 8 characters");
        unknown.Should().Contain("notice error").And.Contain("Không có người dùng");
        (await Store.VerifyPasswordAsync("giu.mat.khau", TestUsers.Password)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_promoted_analyst_reaches_the_users_page_in_the_session_already_open()
    {
        await web.ChangeFeedListeningAsync();
        await Store.AddAsync("len.chuc", Role.Analyst, TestUsers.Password);
        using var promoted = await SignedInAsync("len.chuc", TestUsers.Password);
        (await promoted.Client.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var admin = await SignedInAsync("admin", TestUsers.Password);

        var change = await PostAsync(admin, "/users/role", new() { ["name"] = "len.chuc", ["role"] = "admin" });

        (await change.Content.ReadAsStringAsync()).Should().Contain("Đã đổi vai trò của <strong>len.chuc</strong>: Phân tích → Quản trị");
        await Eventually.WaitUntilAsync(async () => (await promoted.Client.GetAsync("/users")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10), "the promoted user's open session has the new role");
    }

    [Fact]
    public async Task An_analyst_cannot_make_themselves_admin_nor_reset_anyone_s_password()
    {
        await Store.AddAsync("tham.vong", Role.Analyst, TestUsers.Password);
        using var analyst = await SignedInAsync("tham.vong", TestUsers.Password);

        var role = await PostAsync(analyst, "/users/role", new() { ["name"] = "tham.vong", ["role"] = "admin" });
        var password = await PostAsync(analyst, "/users/password", new() { ["name"] = "admin", ["password"] = "chiem-quyen-quan-tri" });

        role.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        password.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await role.Content.ReadAsStringAsync()).Should().Contain("Không được phép");
        (await Store.FindAsync("tham.vong"))!.Role.Should().Be(Role.Analyst);
        (await Store.VerifyPasswordAsync("admin", TestUsers.Password)).Should().NotBeNull();
        using var token = web.ClientWith(web.AnalystToken);
        (await token.PostAsync("/users/role", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "analyst", ["role"] = "admin" })))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/users/role")]
    [InlineData("/users/password")]
    public async Task A_change_posted_without_the_antiforgery_token_is_a_400(string url)
    {
        await Store.AddAsync("csrf" + url[7..], Role.Viewer, TestUsers.Password);
        using var admin = await SignedInAsync("admin", TestUsers.Password);

        var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["name"] = "csrf" + url[7..], ["role"] = "admin", ["password"] = "mat-khau-gia-mao" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Store.FindAsync("csrf" + url[7..]))!.Role.Should().Be(Role.Viewer);
        (await Store.VerifyPasswordAsync("csrf" + url[7..], TestUsers.Password)).Should().NotBeNull();
    }
}
