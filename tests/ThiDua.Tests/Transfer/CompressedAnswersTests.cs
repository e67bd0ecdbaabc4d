using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Transfer;

/// <summary>
/// On a provincial office's 3G the pages' HTML and inline SVG are most of the wait: text answers come back Brotli- or
/// gzip-encoded when the browser asks, and decode to exactly what an uncompressed answer carries.
/// </summary>
public sealed partial class CompressedAnswersTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2022", "br")]
    [InlineData("/campaigns/BK2022", "gzip")]
    [InlineData("/api/campaigns/BK2022/attainment", "br")]
    [InlineData("/api/campaigns/BK2022/ranking", "br")]
    [InlineData("/charts/heatmap.svg?campaign=BK2022", "br")]
    [InlineData("/imports/templates/measurements.csv", "gzip")]
    [InlineData("/assets/thidua.css", "br")]
    public async Task A_browser_asking_for_compression_gets_the_same_answer_in_fewer_bytes(string url, string encoding)
    {
        var plain = await web.Client.GetAsync(url);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        plain.Content.Headers.ContentEncoding.Should().BeEmpty("a client that asks for nothing gets the bytes as they are");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var compressed = await web.Client.SendAsync(request);
        var wire = await compressed.Content.ReadAsByteArrayAsync();

        compressed.EnsureSuccessStatusCode();
        compressed.Content.Headers.ContentEncoding.Should().Equal(encoding);
        compressed.Headers.Vary.Should().Contain("Accept-Encoding");
        compressed.Content.Headers.ContentType.Should().Be(plain.Content.Headers.ContentType);
        if (plainBytes.Length > 1024) wire.Length.Should().BeLessThan(plainBytes.Length / 2); // a 64-byte template gains nothing
        WithoutFormTokens(Decode(wire, encoding)).Should().Be(WithoutFormTokens(plainBytes));
    }

    [Theory]
    [InlineData("/exports/ranking.xlsx?campaign=BK2022")]
    [InlineData("/charts/ranking.png?campaign=BK2022")]
    public async Task A_download_compressed_already_is_sent_as_it_is(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await web.Client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentEncoding.Should().BeEmpty("a workbook or a PNG is compressed already");
    }

    // BREACH needs a secret repeated in every answer; the page's form token is encrypted anew for each one.
    [Fact]
    public async Task The_form_token_a_page_carries_is_new_in_every_answer()
    {
        var first = FormToken().Match(await web.Client.GetStringAsync("/imports"));
        var second = FormToken().Match(await web.Client.GetStringAsync("/imports"));

        first.Success.Should().BeTrue("the import page carries a form");
        second.Groups[1].Value.Should().NotBe(first.Groups[1].Value);
    }

    private static string Decode(byte[] wire, string encoding)
    {
        using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(wire), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        decoder.CopyTo(decoded);
        return System.Text.Encoding.UTF8.GetString(decoded.ToArray()); // as the plain bytes are read: a BOM kept
    }

    // Two answers of a page differ only in their form tokens (above): compared without them.
    private static string WithoutFormTokens(string text) => FormToken().Replace(text, "");

    private static string WithoutFormTokens(byte[] bytes) => WithoutFormTokens(System.Text.Encoding.UTF8.GetString(bytes));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
