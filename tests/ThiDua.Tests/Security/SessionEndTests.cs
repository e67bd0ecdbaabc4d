using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>Signing out ends the session on the server; the import API takes tokens, not the browser's cookie (CSRF).</summary>
public sealed class SessionEndTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
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

    [Fact]
    public async Task The_import_api_refuses_a_browser_session_and_writes_nothing()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var before = await web.ScalarAsync("select count(*) from es_events");

        var response = await session.Client.PostAsync("/api/imports/measurements",
            SecurityRequests.Csv("campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;13\n"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("/imports").And.Contain("Bearer");
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\u3000/evil")]
    public async Task A_return_url_that_a_browser_would_read_as_another_site_leads_home(string returnUrl)
    {
        using var session = web.NewSession();

        var response = await session.SignInAsync("viewer", TestUsers.Password, returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/");
    }
}
