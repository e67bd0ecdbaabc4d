using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>viewer reads, analyst also imports, admin also manages users; the actor of a change is the signed-in user.</summary>
public class AuthorizationTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Row = "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n";

    [Fact]
    public async Task Viewer_importing_through_the_api_is_a_403_and_writes_nothing()
    {
        using var viewer = web.ClientWith(web.ViewerToken);
        var before = await web.ScalarAsync("select count(*) from es_events");

        var response = await viewer.PostAsync("/api/imports/measurements", SecurityRequests.Csv(Row));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("không được phép").And.Contain("does not allow");
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Fact]
    public async Task Viewer_opening_the_import_page_is_a_403_page()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var response = await viewer.GetAsync("/imports");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Không được phép");
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/api/users")]
    public async Task Analyst_managing_users_is_a_403(string url)
    {
        using var analyst = web.ClientWith(web.AnalystToken);

        (await analyst.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.PostAsync("/users/viewer/revoke", new StringContent(""))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/imports")]
    public async Task A_viewer_posting_to_a_form_route_without_a_body_is_a_403_not_a_404(string url)
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        (await viewer.PostAsync(url, null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PostAsync(url, new StringContent("x"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_posting_users_without_a_form_gets_a_bilingual_400()
    {
        using var admin = web.ClientWith(web.AdminToken);

        var response = await admin.PostAsync("/users", null);

        // Refused by the anti-forgery check, which a form without a body cannot pass either.
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("mã chống giả mạo").And.Contain("anti-forgery token is missing");
    }

    [Fact]
    public async Task Admin_lists_users_without_their_secrets()
    {
        using var admin = web.ClientWith(web.AdminToken);

        var body = await admin.GetStringAsync("/api/users");

        var names = JsonNode.Parse(body)!.AsArray().Select(u => (string)u!["name"]!);
        names.Should().Contain(["viewer", "analyst", "admin"]);
        body.Should().NotContain("pbkdf2").And.NotContain("tdk_").And.NotContain(TestUsers.Password);
    }

    [Fact]
    public async Task Viewer_reads_pages_charts_api_and_the_audit_trail()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        foreach (var url in new[] { "/", "/campaigns/BK2022", "/charts/ranking.svg?campaign=BK2022", "/api/campaigns/BK2022/ranking", "/audit", "/api/audit", "/jobs", "/reports" })
            (await viewer.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
    }

    [Fact]
    public async Task Analyst_import_records_the_analyst_as_the_actor()
    {
        using var analyst = web.ClientWith(web.AnalystToken);

        var response = await analyst.PostAsync("/api/imports/measurements", SecurityRequests.Csv(Row, "thang-7-analyst.csv"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await web.ScalarAsync("select count(*) from es_events where metadata->>'actor' = 'analyst' and metadata->>'sourceFile' = 'thang-7-analyst.csv'"))
            .Should().Be(1);
    }
}
