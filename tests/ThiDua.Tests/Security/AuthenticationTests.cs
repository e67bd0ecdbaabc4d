using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>Every route but the sign-in page needs a session cookie or an API token (SPEC §5).</summary>
public class AuthenticationTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/api/campaigns")]
    [InlineData("/api/campaigns/BK2022/ranking")]
    [InlineData("/api/campaigns/BK2022/attainment?period=2022-06")]
    [InlineData("/api/campaigns/BK2022/awards")]
    [InlineData("/api/audit")]
    [InlineData("/api/users")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/openapi/v1.json")]
    public async Task Anonymous_api_read_is_a_401_problem_with_a_bilingual_message(string url)
    {
        using var client = web.NewClient();

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Contain("Cần đăng nhập").And.Contain("sign-in required");
    }

    [Fact]
    public async Task Anonymous_api_import_is_a_401_and_writes_nothing()
    {
        using var client = web.NewClient();
        var before = await web.ScalarAsync("select count(*) from es_events");

        var response = await client.PostAsync("/api/imports/measurements", SecurityRequests.Csv("campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/imports")]
    [InlineData("/audit")]
    [InlineData("/no-such-page")]
    public async Task Anonymous_page_redirects_to_the_sign_in_page_with_the_way_back(string url)
    {
        using var client = web.NewClient();
        // Behind a proxy the Host a node sees may be the upstream's name, lack the public port, or be a client's choice.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example:8443";

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("/signin?returnUrl=" + Uri.EscapeDataString(url), "relative: the browser stays on the address it used");
    }

    [Fact]
    public async Task Sign_in_page_style_sheet_and_health_check_answer_without_sign_in()
    {
        using var client = web.NewClient();

        var page = await client.GetAsync("/signin");
        var css = await client.GetAsync("/assets/thidua.css");
        var health = await client.GetAsync("/health");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Đăng nhập").And.Contain("Mật khẩu").And.NotContain("<script");
        css.StatusCode.Should().Be(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).Should().Be("ok\n");
    }

    [Fact]
    public async Task Wrong_password_fails_and_right_password_signs_in_and_the_cookie_then_works()
    {
        using var session = web.NewSession();

        var wrong = await session.SignInAsync("analyst", "not-the-password");
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("Sai tên đăng nhập hoặc mật khẩu");
        (await session.Client.GetAsync("/campaigns/BK2022")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var right = await session.SignInAsync("analyst", TestUsers.Password, "/campaigns/BK2022");
        right.StatusCode.Should().Be(HttpStatusCode.Redirect);
        right.Headers.Location!.ToString().Should().Be("/campaigns/BK2022");

        var page = await session.Client.GetAsync("/campaigns/BK2022");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("analyst (Phân tích)").And.Contain("Đăng xuất");
        (await session.Client.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("viewer", "Xem")]
    [InlineData("analyst", "Phân tích")]
    [InlineData("admin", "Quản trị")]
    public async Task The_page_header_names_the_signed_in_role_as_the_users_table_does(string user, string role)
    {
        using var session = web.NewSession();
        (await session.SignInAsync(user, TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await session.Client.GetStringAsync("/");

        page.Should().Contain($"<span>{user} ({role})</span>").And.NotContain($"({user})");
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        using var session = web.NewSession();

        var response = await session.SignInAsync("viewer", TestUsers.Password, "//evil.example/phish");

        response.Headers.Location!.ToString().Should().Be("/");
    }

    [Theory]
    [InlineData("Bearer tdk_not-a-real-token")]
    [InlineData("Bearer ")]
    [InlineData("Bearer ' or 1=1 --")]
    public async Task Unknown_token_is_a_401(string header)
    {
        using var client = web.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var response = await client.GetAsync("/api/campaigns");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().Contain(new AuthenticationHeaderValue("Bearer"));
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
