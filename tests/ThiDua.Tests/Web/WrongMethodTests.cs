using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// A portal's script calling a route with a method it does not take (POST on a list, OPTIONS on a GET) is told 405 and
/// the methods it does take (<c>Allow</c>: a GET route takes HEAD too); it was a 404 "no page at '/api/campaigns'",
/// read as the route gone.
/// </summary>
public sealed class WrongMethodTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("POST", "/api/campaigns", "GET, HEAD")]
    [InlineData("DELETE", "/api/campaigns/BK2022/ranking", "GET, HEAD")]
    [InlineData("OPTIONS", "/api/campaigns", "GET, HEAD")]
    [InlineData("PUT", "/api/audit/events/12", "GET, HEAD")]
    [InlineData("GET", "/api/imports/units", "POST")]
    [InlineData("HEAD", "/api/imports/units", "POST")]
    [InlineData("DELETE", "/charts/ranking.svg", "GET, HEAD")]
    public async Task A_method_the_route_does_not_take_is_a_405_naming_the_ones_it_does(string method, string url, string allowed)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal(allowed.Split(", "));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        if (method == "HEAD") return; // no body to a HEAD
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string)problem["title"]!).Should().Be("Phương thức không được phép / Method not allowed");
        var detail = (string)problem["detail"]!;
        detail.Should().Contain($"Không dùng được phương thức {method}").And.Contain($"method {method} is not allowed at '{url}': use {allowed}");
    }

    [Fact]
    public async Task A_page_posted_to_is_a_405_page_in_the_office_words()
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.PostAsync("/campaigns/BK2022", null);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("GET", "HEAD");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("<h1>Phương thức không được phép</h1>").And.Contain("hãy dùng GET, HEAD");
    }

    [Theory]
    [InlineData("GET", "/api/nope")]
    [InlineData("POST", "/api/nope")]
    [InlineData("GET", "/api/audit/events/abc")]
    public async Task A_path_no_route_serves_is_still_a_404(string method, string url)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.Allow.Should().BeEmpty();
    }

    [Fact]
    public async Task A_wrong_method_from_someone_not_signed_in_is_still_a_401()
    {
        using var client = web.NewClient();

        var response = await client.PostAsync("/api/campaigns", null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
