using System.Net;
using System.Net.Http.Headers;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Transfer;

/// <summary>
/// A script polling the API over a metered line sends back the ETag it was given and gets a bodiless 304 until the
/// answer changes; an import, closing a month or another "as of" changes it, so the script never keeps stale rows.
/// </summary>
public sealed class AnswerETagTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/api/campaigns")]
    [InlineData("/api/campaigns/BK2022/attainment?period=2022-06")]
    [InlineData("/api/campaigns/BK2022/awards")]
    [InlineData("/api/campaigns/BK2022/units/BK-CNTT/indicators/BK22-10/provenance?period=2022-12")]
    [InlineData("/api/audit?campaign=BK2022")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/imports/templates/measurements.csv")]
    public async Task Sending_the_ETag_back_gets_304_without_a_body_until_the_answer_changes(string url)
    {
        var first = await web.Client.GetAsync(url);
        first.EnsureSuccessStatusCode();
        var etag = first.Headers.ETag;
        etag.Should().NotBeNull();

        var again = await SendWith(url, etag!);

        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await again.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        again.Headers.ETag.Should().Be(etag);
        again.Headers.CacheControl!.NoStore.Should().BeTrue("a signed-in user's answer still stays out of every cache");

        var stale = await SendWith(url, new EntityTagHeaderValue("\"another\"", isWeak: true));
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.Content.ReadAsByteArrayAsync()).Should().Equal(await first.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_import_changes_the_ETag_and_the_next_answer_carries_the_new_figure()
    {
        const string url = "/api/campaigns/BK2022/attainment?period=2022-12";
        var before = await web.Client.GetAsync(url);
        var etag = before.Headers.ETag!;

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Measurements,
            "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;56789\n", acceptWarnings: true);
        outcome.Events.Should().Be(1, string.Join("; ", outcome.Errors));
        var after = await SendWith(url, etag);

        after.StatusCode.Should().Be(HttpStatusCode.OK, "the answer changed: the old ETag no longer matches");
        after.Headers.ETag.Should().NotBe(etag);
        (await after.Content.ReadAsStringAsync()).Should().Contain("56789");
    }

    [Fact]
    public async Task As_of_a_time_before_an_import_keeps_the_ETag_the_answer_had_then()
    {
        const string url = "/api/campaigns/BK2022/attainment?period=2022-11";
        var before = await web.Client.GetAsync(url);
        var then = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));
        await Task.Delay(20);

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Measurements,
            "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-11;43210\n", acceptWarnings: true);
        outcome.Events.Should().Be(1, string.Join("; ", outcome.Errors));
        var now = await web.Client.GetAsync(url);
        var asOfThen = await web.Client.GetAsync(url + "&asOf=" + then);

        asOfThen.EnsureSuccessStatusCode();
        now.Headers.ETag.Should().NotBe(before.Headers.ETag);
        asOfThen.Headers.ETag.Should().Be(before.Headers.ETag, "the same rows as before the import");
    }

    private async Task<HttpResponseMessage> SendWith(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await web.Client.SendAsync(request);
    }
}
