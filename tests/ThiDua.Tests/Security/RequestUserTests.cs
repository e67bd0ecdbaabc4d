using System.Net;
using System.Net.Http.Headers;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// Who a request is and what it may do, through the pipeline's own steps (a token read straight from its header, the
/// cookie through ASP.NET Core's authentication, each endpoint's policy combined once): the same answers as before.
/// </summary>
public class RequestUserTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_token_decides_over_a_session_cookie_on_the_same_request()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await session.Client.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.ViewerToken);
        var response = await session.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the viewer's token, not the admin's cookie, says who asks");
    }

    [Fact]
    public async Task A_bad_token_with_a_good_cookie_is_refused_not_taken_for_the_cookie()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("admin", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tdk_unknown");
        var response = await session.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().Contain(new AuthenticationHeaderValue("Bearer"));
    }

    [Fact]
    public async Task The_sign_in_page_answers_a_bad_token_and_each_route_keeps_its_own_policy_on_every_request()
    {
        using var stranger = web.ClientWith("tdk_unknown");
        (await stranger.GetAsync("/signin")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var viewer = web.ClientWith(web.ViewerToken);
        using var admin = web.ClientWith(web.AdminToken);
        for (var i = 0; i < 3; i++)
        {
            (await viewer.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await admin.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await viewer.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("/campaigns/XYZ", HttpStatusCode.NotFound)]
    [InlineData("/campaigns/BK2022?period=2024-13", HttpStatusCode.BadRequest)]
    [InlineData("/users", HttpStatusCode.Forbidden)]
    public async Task An_error_page_shows_the_signed_in_user_not_a_sign_in_link(string url, HttpStatusCode status)
    {
        using var session = web.NewSession();
        (await session.SignInAsync("viewer", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var response = await session.Client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(status);
        html.Should().Contain("Đăng xuất").And.Contain("<span>viewer").And.NotContain(">Đăng nhập</a>");
    }
}
