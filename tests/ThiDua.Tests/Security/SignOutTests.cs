using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>Signing out ends the session on the server, not only in the browser.</summary>
public sealed class SignOutTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_copy_of_the_cookie_no_longer_works_once_its_user_signed_out()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("viewer", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var copy = web.NewSession();
        foreach (System.Net.Cookie cookie in session.Cookies.GetAllCookies()) copy.Cookies.Add(cookie);
        (await copy.Client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session lasts");

        var token = await session.FormTokenAsync("/");
        var signOut = await session.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await copy.Client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
