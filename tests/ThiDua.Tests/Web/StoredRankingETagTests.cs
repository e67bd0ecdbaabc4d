using System.Net;
using System.Net.Http.Headers;

namespace ThiDua.Tests.Web;

/// <summary>The stored ranking carries an ETag of its bytes; sent back, it saves the body until the ranking changes.</summary>
public sealed class StoredRankingETagTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_client_sending_the_ETag_back_gets_304_without_a_body_and_the_same_headers()
    {
        await web.Runtime.Daemon.CatchUpAsync();
        var first = await web.Client.GetAsync("/api/campaigns/BK2022/ranking");
        var etag = first.Headers.ETag;
        etag.Should().NotBeNull("a stored ranking is served with its ETag");
        var body = await first.Content.ReadAsByteArrayAsync();

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns/BK2022/ranking");
        again.Headers.IfNoneMatch.Add(etag!);
        var notModified = await web.Client.SendAsync(again);

        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        notModified.Headers.ETag.Should().Be(etag);
        notModified.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/campaigns/BK2022/ranking");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
        var full = await web.Client.SendAsync(stale);
        full.StatusCode.Should().Be(HttpStatusCode.OK);
        (await full.Content.ReadAsByteArrayAsync()).Should().Equal(body);
        full.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
    }

    [Fact]
    public async Task Another_campaign_has_another_ETag()
    {
        await web.Runtime.Daemon.CatchUpAsync();
        var bk = await web.Client.GetAsync("/api/campaigns/BK2022/ranking");
        var ls = await web.Client.GetAsync("/api/campaigns/LS2021/ranking");

        bk.Headers.ETag.Should().NotBeNull();
        ls.Headers.ETag.Should().NotBeNull();
        ls.Headers.ETag!.Tag.Should().NotBe(bk.Headers.ETag!.Tag);
    }
}
