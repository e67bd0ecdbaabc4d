using System.Net;
using System.Text.RegularExpressions;

namespace ThiDua.Tests.Web;

/// <summary>
/// A national campaign's page is read 500 ranked units at a time, each page's links carrying the filters; a province's
/// campaign (the seed's) keeps every unit on its one page.
/// </summary>
public sealed partial class CampaignPagePagingTests(NationalCampaignWebApp web) : IClassFixture<NationalCampaignWebApp>
{
    private const string Page = "/campaigns/" + NationalCampaignWebApp.Campaign;

    [Fact]
    public async Task A_small_campaign_shows_every_ranked_unit_on_its_one_page()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022");
        var ranked = (await web.Runtime.Analytics.RankingAsync("BK2022", null, null)).Rows.Select(r => r.Unit).ToList();

        ranked.Should().HaveCountGreaterThan(5);
        RankedUnits(html).Should().BeEquivalentTo(ranked);
        html.Should().NotContain("class=\"pager");
    }

    [Fact]
    public async Task The_first_page_holds_500_units_and_the_next_link_opens_the_second()
    {
        var first = await web.Client.GetStringAsync(Page);

        RankedUnits(first).Should().HaveCount(500).And.Contain(NationalCampaignWebApp.Unit(0)).And.NotContain(NationalCampaignWebApp.Unit(500));
        WebUtility.HtmlDecode(first).Should().Contain("Trang 1/3 (đơn vị 1–500 trong 1.101)");
        var next = NextLink(first);
        next.Should().Be(Page + "?period=2025-01&page=2#xep-hang");

        var second = await web.Client.GetStringAsync(next);
        RankedUnits(second).Should().HaveCount(500).And.Contain(NationalCampaignWebApp.Unit(500)).And.NotContain(NationalCampaignWebApp.Unit(0));
        WebUtility.HtmlDecode(second).Should().Contain("Trang 2/3").And.Contain("← Trang trước");
        var third = await web.Client.GetStringAsync(NextLink(second));
        RankedUnits(third).Should().HaveCount(101).And.Contain(NationalCampaignWebApp.Unit(1100));
        third.Should().NotContain("rel=\"next\"", "the last page has no next");
    }

    [Fact]
    public async Task The_next_link_keeps_the_cluster_filter()
    {
        var first = await web.Client.GetStringAsync(Page + "?cluster=NC-A");

        WebUtility.HtmlDecode(first).Should().Contain("Trang 1/2 (đơn vị 1–500 trong 600)");
        var next = NextLink(first);
        next.Should().Contain("cluster=NC-A").And.Contain("page=2");
        var second = await web.Client.GetStringAsync(next);
        RankedUnits(second).Should().HaveCount(100).And.OnlyContain(u => string.CompareOrdinal(u, NationalCampaignWebApp.Unit(600)) < 0);
    }

    [Fact]
    public async Task The_indicator_page_pages_its_table_and_small_charts_alike()
    {
        var first = await web.Client.GetStringAsync(Page + "/indicators/NC-01?cluster=NC-B");

        WebUtility.HtmlDecode(first).Should().Contain("Trang 1/2 (đơn vị 1–500 trong 501)");
        UnitLink().Matches(first).Should().HaveCount(500);
        Regex.Matches(first, "<a class=\"chart\"").Should().HaveCount(500, "one small chart per unit of the page");
        var next = NextLink(first);
        next.Should().Contain("cluster=NC-B").And.Contain("page=2").And.EndWith("#so-lieu");
        var second = await web.Client.GetStringAsync(next);
        UnitLink().Matches(second).Should().HaveCount(1);
        Regex.Matches(second, "<a class=\"chart\"").Should().HaveCount(1);
    }

    [Theory]
    [InlineData("0", HttpStatusCode.BadRequest)]
    [InlineData("hai", HttpStatusCode.BadRequest)]
    [InlineData("4", HttpStatusCode.NotFound)]
    public async Task A_page_that_is_not_there_is_refused_saying_how_many_there_are(string page, HttpStatusCode status)
    {
        using var response = await web.Client.GetAsync($"{Page}?page={page}");
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(status);
        body.Should().Contain("page");
        body.Should().Contain(status == HttpStatusCode.NotFound ? "chỉ có 3 trang" : $"Trang '{page}' không hợp lệ");
    }

    // The unit links of the ranking tables, in page order (the name cell is the only "<td><a href" to a unit).
    private static List<string> RankedUnits(string html)
    {
        var start = html.IndexOf("<h2 id=\"xep-hang\"", StringComparison.Ordinal);
        var ranking = html[start..html.IndexOf("<h2 id=\"khen-thuong\"", start, StringComparison.Ordinal)];
        return UnitLink().Matches(ranking).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();
    }

    private static string NextLink(string html) => WebUtility.HtmlDecode(NextHref().Match(html).Groups[1].Value);

    [GeneratedRegex("<td><a href=\"/campaigns/[^/]+/units/([^\"]+)\">")]
    private static partial Regex UnitLink();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextHref();
}
