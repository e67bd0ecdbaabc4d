using System.Net;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// A link checker, a balancer or a script asking whether an export is there and how big it is sends HEAD: it gets the
/// GET's status and headers without the body (RFC 9110: a server taking GET takes HEAD) — it was told 405.
/// </summary>
public sealed class HeadRequestTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/api/campaigns/BK2022/ranking")]
    [InlineData("/api/campaigns/BK2022/attainment")]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/exports/ranking.xlsx?campaign=BK2022&period=2022-06")]
    [InlineData("/api/campaigns/KHONG-CO/ranking")]
    public async Task A_HEAD_gets_the_GETs_status_and_headers_without_a_body(string url)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        head.StatusCode.Should().Be(get.StatusCode);
        head.Content.Headers.ContentType.Should().Be(get.Content.Headers.ContentType);
        head.Content.Headers.ContentDisposition.Should().Be(get.Content.Headers.ContentDisposition);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        (await get.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_HEAD_from_someone_not_signed_in_is_refused_as_the_GET_is()
    {
        using var client = web.NewClient();

        var get = await client.GetAsync("/api/campaigns");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/campaigns"));

        get.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        head.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
