using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>
/// The API is for those who script against it: analysts and admins see the menu's "API" and a page's JSON in its
/// footer ("Dữ liệu cho máy (JSON)"); a viewer — the clerk reading the pages — sees neither, and keeps reading the API
/// with a token as before.
/// </summary>
public class MachineDataLinksTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Campaign = "/campaigns/BK2022";
    private const string Provenance = "/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-02/provenance?period=2022-12";

    [Theory]
    [InlineData(Campaign)]
    [InlineData(Provenance)]
    [InlineData("/")]
    public async Task A_viewer_sees_no_api_in_the_menu_and_no_json_links(string page)
    {
        using var admin = web.ClientWith(web.AdminToken);
        using var viewer = web.ClientWith(web.ViewerToken);
        await admin.GetStringAsync(page); // the campaign page keeps its content for every reader: the admin's visit first

        var html = await viewer.GetStringAsync(page);

        html.Should().NotContain("href=\"/openapi/v1.json\"").And.NotContain(">API</a>");
        html.Should().NotContain("href=\"/api/").And.NotContain("JSON");
        (await viewer.GetAsync("/api/campaigns/BK2022/ranking")).StatusCode.Should().Be(HttpStatusCode.OK, "reading the API is still allowed");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task An_analyst_or_admin_has_the_api_in_the_menu_and_the_pages_json_in_the_footer(string role)
    {
        using var client = web.ClientWith(role == "admin" ? web.AdminToken : web.AnalystToken);

        var campaign = await client.GetStringAsync(Campaign);
        var provenance = await client.GetStringAsync(Provenance);

        campaign.Should().Contain("<a href=\"/openapi/v1.json\">API</a>");
        Footer(campaign).Should().Contain("Dữ liệu cho máy (JSON): <a href=\"/api/campaigns/BK2022/ranking?period=2022-12\">xếp hạng</a>")
            .And.Contain("href=\"/api/campaigns/BK2022/awards\"");
        Footer(provenance).Should().Contain("Dữ liệu cho máy (JSON): <a href=\"/api/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-02/provenance?period=2022-12\">");
        (await client.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/campaigns/BK2022/ranking?period=2022-12")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string Footer(string html) => html[html.IndexOf("<footer", StringComparison.Ordinal)..];
}
