using System.Net;
using ThiDua.Security;

namespace ThiDua.Tests.Security;

/// <summary>A revoked user cannot come back with the password: revoking removes it with the tokens and sessions.</summary>
public sealed class RevokedUserSignInTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_user_revoked_on_the_users_page_can_no_longer_sign_in_with_the_password()
    {
        var store = new UserStore(web.DataSource, TimeProvider.System);
        await store.AddAsync("da.nghi.viec", Role.Analyst, TestUsers.Password);
        using (var before = web.NewSession())
            (await before.SignInAsync("da.nghi.viec", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var admin = web.NewSession();
        await admin.SignInAsync("admin", TestUsers.Password);
        var af = await admin.FormTokenAsync("/users");

        var revoked = await admin.Client.PostAsync("/users/da.nghi.viec/revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = af }));

        (await revoked.Content.ReadAsStringAsync()).Should().Contain("mật khẩu đã bị xóa");
        using var after = web.NewSession();
        (await after.SignInAsync("da.nghi.viec", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await store.ListAsync()).Single(u => u.Name == "da.nghi.viec").HasPassword.Should().BeFalse();
    }
}
