using System.Net;
using System.Net.Http.Headers;
using ThiDua.Tests.Web;
using ThiDua.Web.Html;

namespace ThiDua.Tests.Transfer;

/// <summary>
/// A caching proxy between a province and the server keeps what it was sent: the plain copy must say it varies with
/// Accept-Encoding, a 304 must repeat that, and one ETag for Brotli, gzip and plain bytes must be weak (RFC 9110).
/// </summary>
public sealed class CacheValidatorTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/assets/thidua.css")]
    [InlineData("/api/campaigns/BK2022/ranking")]
    [InlineData("/api/campaigns")]
    public async Task A_plain_answer_to_a_client_asking_no_compression_still_says_it_varies_by_Accept_Encoding(string url)
    {
        var plain = await web.Client.GetAsync(url);

        plain.EnsureSuccessStatusCode();
        plain.Content.Headers.ContentEncoding.Should().BeEmpty();
        plain.Headers.Vary.Should().Contain("Accept-Encoding", "a cache would hand this plain copy to a browser asking Brotli");
    }

    [Theory]
    [InlineData("/assets/thidua.css")]
    [InlineData("/api/campaigns/BK2022/ranking")]
    [InlineData("/api/campaigns")]
    public async Task The_ETag_is_weak_the_same_for_every_coding_and_a_304_keeps_the_Vary(string url)
    {
        await web.Runtime.Daemon.CatchUpAsync(); // the ranking is answered from its stored copy, with its tag
        var plain = await web.Client.GetAsync(url);
        plain.Headers.ETag.Should().NotBeNull();
        var br = await web.Client.SendAsync(With(url, r => r.Headers.AcceptEncoding.ParseAdd("br")));
        br.Content.Headers.ContentEncoding.Should().Equal("br");

        br.Headers.ETag.Should().Be(plain.Headers.ETag);
        br.Headers.ETag!.IsWeak.Should().BeTrue("a strong ETag names one sequence of bytes, not its Brotli and plain forms");

        var notModified = await web.Client.SendAsync(With(url, r =>
        {
            r.Headers.AcceptEncoding.ParseAdd("br");
            r.Headers.IfNoneMatch.Add(br.Headers.ETag);
        }));
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.Headers.ETag.Should().Be(br.Headers.ETag);
        notModified.Headers.Vary.Should().Contain("Accept-Encoding", "a 304 repeats the Vary its 200 would have had");
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"ancien\", {0}")]
    [InlineData("*")]
    public async Task The_style_sheet_is_confirmed_for_a_tag_sent_weak_in_a_list_or_as_a_star(string ifNoneMatch)
    {
        using var anonymous = web.NewClient();
        var css = await anonymous.GetAsync(StyleSheet.Path);
        var strongForm = "\"" + css.Headers.ETag!.Tag.Trim('"') + "\"";

        var again = await anonymous.SendAsync(With(StyleSheet.Path,
            r => r.Headers.TryAddWithoutValidation("If-None-Match", string.Format(ifNoneMatch, strongForm))));

        again.StatusCode.Should().Be(HttpStatusCode.NotModified, "RFC 9110 compares If-None-Match weakly, over the whole list");
    }

    private static HttpRequestMessage With(string url, Action<HttpRequestMessage> set)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        set(request);
        return request;
    }
}
