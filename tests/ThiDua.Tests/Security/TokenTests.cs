using System.Net;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>API tokens work on every route (pages, charts, API) until revoked; revoking also ends browser sessions.</summary>
public class TokenTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2022", "text/html")]
    [InlineData("/dashboards/leadership?campaign=BK2022", "text/html")]
    [InlineData("/charts/attainment.svg?campaign=BK2022", "image/svg+xml")]
    [InlineData("/api/campaigns/BK2022/awards", "application/json")]
    public async Task A_token_works_on_pages_charts_and_api(string url, string mediaType)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [Fact]
    public async Task A_revoked_token_gets_401_and_the_users_session_ends()
    {
        var store = new UserStore(web.DataSource, TimeProvider.System);
        var token = (await store.AddAsync("revoked-soon", Role.Viewer, TestUsers.Password)).Token;
        using var client = web.ClientWith(token);
        using var session = web.NewSession();
        (await session.SignInAsync("revoked-soon", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await session.Client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await store.RevokeAsync("revoked-soon")).Should().Be(1);

        // Another process revoked (as `thidua users revoke` does): the web hears of it by a notification, ms later.
        await Eventually.WaitUntilAsync(async () => (await client.GetAsync("/api/campaigns")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(10), "the revoked token is refused");
        (await client.GetAsync("/charts/ranking.svg?campaign=BK2022")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await session.Client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Admin_revokes_a_user_from_the_users_page()
    {
        var store = new UserStore(web.DataSource, TimeProvider.System);
        var token = (await store.AddAsync("page-revoked", Role.Analyst, null)).Token;
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var af = await session.FormTokenAsync("/users");

        var response = await session.Client.PostAsync("/users/page-revoked/revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = af }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Đã thu hồi 1 mã API");
        using var client = web.ClientWith(token);
        await Eventually.WaitUntilAsync(async () => (await client.GetAsync("/api/campaigns")).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(10), "the revoked token is refused");
    }
}
