using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>Every form POST needs its anti-forgery token: without it, 400 and nothing happens.</summary>
public class CsrfTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task Import_form_post_without_the_antiforgery_token_is_a_400_and_writes_nothing()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var before = await web.ScalarAsync("select count(*) from es_events");

        var response = await session.Client.PostAsync("/imports",
            SecurityRequests.Csv("campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n", kind: "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Fact]
    public async Task Import_form_post_with_the_token_is_checked()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");

        var response = await session.Client.PostAsync("/imports",
            SecurityRequests.Csv("campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n", antiforgery: af, kind: "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Nhập chính thức");
    }

    [Theory]
    [InlineData("/signout")]
    [InlineData("/users/viewer/revoke")]
    [InlineData("/imports/0123456789abcdef0123456789abcdef/confirm")]
    [InlineData("/users")]
    [InlineData("/campaigns/BK2022/periods/close")]
    [InlineData("/campaigns/BK2022/periods/reopen")]
    [InlineData("/campaigns/BK2022/decisions")]
    [InlineData("/jobs/no-such-job/run")]
    [InlineData("/imports/0123456789abcdef0123456789abcdef/sheet")]
    public async Task Form_post_without_the_antiforgery_token_is_a_400(string url)
    {
        using var session = web.NewSession();
        await session.SignInAsync("admin", TestUsers.Password);

        var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "csrf-made", ["role"] = "admin" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("mã chống giả mạo").And.Contain("anti-forgery");
        (await web.ScalarAsync("select count(*) from app_users where name = 'csrf-made'")).Should().Be(0);
        (await session.Client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "still signed in, not signed out");
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_a_400()
    {
        using var client = web.NewClient();

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "admin", ["password"] = TestUsers.Password }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
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
}
