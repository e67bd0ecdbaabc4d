using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>Malformed bodies are a 400 that says so, never a 500; every answer carries the protective headers; menus show what a role may open.</summary>
public sealed class RequestHygieneTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_multipart_body_that_cannot_be_read_is_a_400_that_says_so()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("campaign;unit\nX;Y\n"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");

        var response = await client.PostAsync("/api/imports/units?dryRun=true", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("could not be read");
    }

    [Fact]
    public async Task Two_files_in_one_upload_are_refused_rather_than_one_ignored()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var content = SecurityRequests.Csv("code;name;kind\nX1;Một;collective\n");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("code;name;kind\nX2;Hai;collective\n")), "file", "hai.csv");

        var response = await client.PostAsync("/api/imports/units?dryRun=true", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("one file at a time");
    }

    [Fact]
    public async Task An_oversized_sign_in_form_is_refused_before_it_is_read()
    {
        using var client = web.NewClient();
        var fields = new Dictionary<string, string> { ["name"] = "viewer", ["password"] = new string('x', 100_000) };

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/campaigns")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_says_nosniff_sameorigin_and_a_same_origin_referrer(string url)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().ContainSingle().Which.Should().Be("SAMEORIGIN");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/no-such-page", true)]
    [InlineData("/api/campaigns", false)]
    [InlineData("/api/campaigns/BK2022/ranking", false)]
    public async Task Pages_forbid_scripts_and_other_origins_json_answers_carry_no_policy(string url, bool page)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        if (page) response.Headers.GetValues("Content-Security-Policy").Should().Equal(ThiDua.Web.Security.SecurityPipeline.ContentSecurityPolicy);
        else response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
    }

    [Fact]
    public async Task A_viewer_is_not_offered_the_import_page_an_analyst_is()
    {
        using var viewer = web.ClientWith(web.ViewerToken);
        using var analyst = web.ClientWith(web.AnalystToken);

        (await viewer.GetStringAsync("/")).Should().NotContain("href=\"/imports\"");
        (await analyst.GetStringAsync("/")).Should().Contain("href=\"/imports\"");
    }

    [Fact]
    public async Task No_one_signed_in_is_offered_a_menu_whose_every_entry_leads_back_to_sign_in()
    {
        using var anonymous = web.NewClient();

        var page = await anonymous.GetStringAsync("/signin");

        page.Should().Contain("<nav></nav>").And.NotContain("href=\"/imports\"").And.NotContain("href=\"/audit\"");
        page.Should().Contain("href=\"/\"", "the brand still leads home");
    }
}
