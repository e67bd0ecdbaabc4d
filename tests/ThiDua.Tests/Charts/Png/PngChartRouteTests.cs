using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Charts.Png;

/// <summary><c>/charts/{kind}.png</c> and the "Tải ảnh PNG" link under every chart: the page's chart, drawn by ScottPlot.</summary>
public sealed partial class PngChartRouteTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task Every_chart_on_the_campaign_page_has_a_png_download_that_opens_as_an_image()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06");

        var links = PngLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var panels = Regex.Count(html, "<section class=\"panel[^\"]*\" data-chart=");
        links.Should().HaveCount(panels).And.OnlyContain(l => l.Contains("campaign=BK2022", StringComparison.Ordinal) && l.Contains("cluster=BK-KHOI1", StringComparison.Ordinal));
        html.Should().Contain(">Tải ảnh PNG</a>");
        foreach (var link in links)
        {
            using var response = await web.Client.GetAsync(link);
            response.StatusCode.Should().Be(HttpStatusCode.OK, link);
            response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            using var image = new PngImage(await response.Content.ReadAsByteArrayAsync());
            image.Width.Should().BeGreaterThanOrEqualTo(1000);
            image.Ink().Should().BeGreaterThan(0.01, link);
        }
    }

    [Fact]
    public async Task The_unit_pages_progress_charts_link_their_png_with_unit_and_indicator()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB?period=2022-06");

        var link = PngLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First();
        link.Should().StartWith("/charts/progress.png?campaign=BK2022&period=2022-06&unit=BK-TTBCXB&indicator=");
        using var response = await web.Client.GetAsync(link);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/charts/pie.png?campaign=BK2022", HttpStatusCode.NotFound)]
    [InlineData("/charts/ranking.png", HttpStatusCode.BadRequest)]
    [InlineData("/charts/ranking.png?campaign=BK2022&kind=nhom", HttpStatusCode.BadRequest)]
    public async Task A_wrong_png_request_is_refused_as_the_svg_one_is(string url, HttpStatusCode status)
    {
        using var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(status);
    }

    [GeneratedRegex("href=\"(/charts/[^\"]+\\.png[^\"]*)\"")]
    private static partial Regex PngLink();
}
