using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Headline;

/// <summary>The campaign page opens with the cards a leader reads first, with the ranking's own figures, and the lagging indicators right after.</summary>
public sealed class HeadlineCardsTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task The_headline_names_each_groups_leader_with_the_rankings_score_and_comes_before_the_charts()
    {
        var ranking = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/BK2022/ranking?period=2022-12")).RootElement.EnumerateArray().ToList();
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-12"));

        foreach (var leader in ranking.Where(r => r.GetProperty("rank").GetInt32() == 1))
        {
            // The short name shown, the full one on hover.
            var name = leader.GetProperty("unit_name").GetString()!;
            html.Should().Contain($"title=\"{name}\">{ThiDua.Formatting.ShortUnitName.Of(name)}</a> <a class=\"num-link\" href=\"/campaigns/BK2022/units/{leader.GetProperty("unit").GetString()}/score?period=2022-12\"");
        }
        var ahead = ranking.Count(r => r.GetProperty("score").GetDecimal() > 100m);
        html.Should().Contain($"<span class=\"good\">{ahead}</span> vượt");
        html.Should().Contain("Tháng 12/2022").And.Contain("tháng 12/12 của phong trào").And.Contain("<strong>chưa chốt</strong>");
        html.IndexOf("id=\"tom-tat\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("id=\"cham-tien-do\"", StringComparison.Ordinal));
        html.IndexOf("id=\"cham-tien-do\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("<h2>Tổng quan</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_headline_follows_the_cluster_filter()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI2&period=2022-12");

        html.Should().Contain("Khối đơn vị sự nghiệp thuộc Sở TT&amp;TT Bắc Kạn (BK-KHOI2):").And.NotContain("(BK-KHOI1):");
    }

    [Fact]
    public async Task The_leadership_dashboard_opens_with_the_campaign_pages_headline_and_lagging_indicators()
    {
        var campaign = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06");
        var dashboard = await web.Client.GetStringAsync("/dashboards/leadership?campaign=BK2022&cluster=BK-KHOI1&period=2022-06");
        var other = await web.Client.GetStringAsync("/dashboards/awards?campaign=BK2022&period=2022-06");

        // The same cards, but a dashboard's links to sections it has not lead to the campaign page's.
        Headline(dashboard).Replace("href=\"/campaigns/BK2022?cluster=BK-KHOI1&amp;period=2022-06#", "href=\"#", StringComparison.Ordinal)
            .Should().NotBeEmpty().And.Be(Headline(campaign));
        other.Should().NotContain("id=\"tom-tat\"", "only a dashboard that asks for it (\"headline\": true) opens with the cards");
    }

    [Theory]
    [InlineData("/campaigns/BK2022?period=2022-12")]
    [InlineData("/campaigns/BK2022?cluster=BK-KHOI2&period=2022-06")]
    [InlineData("/campaigns/BK2022/print?period=2022-12")]
    [InlineData("/dashboards/leadership?campaign=BK2022&period=2022-12")]
    [InlineData("/dashboards/leadership?campaign=BK2022&cluster=BK-KHOI1&period=2022-06")]
    public async Task Every_headline_link_reaches_a_section_and_no_id_is_used_twice(string url)
    {
        var html = await web.Client.GetStringAsync(url);

        var ids = Ids(html);
        ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("an id used twice makes a link land on the first");
        foreach (var anchor in Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value))
            ids.Should().Contain(anchor, $"the link #{anchor} on {url} leads somewhere on the page");
        // A card's link to a section of the campaign page lands on that section there.
        foreach (var link in Regex.Matches(html, "href=\"(/campaigns/[^\"#]*)#([^\"]+)\"").Select(m => (Page: WebUtility.HtmlDecode(m.Groups[1].Value), Anchor: m.Groups[2].Value)).Distinct())
            Ids(await web.Client.GetStringAsync(link.Page)).Should().Contain(link.Anchor, $"{link.Page} has the section #{link.Anchor} that {url} links to");
    }

    private static List<string> Ids(string html) => Regex.Matches(html, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    // From the cards to the end of the lagging indicators' table.
    private static string Headline(string html)
    {
        var start = html.IndexOf("<div class=\"headline\"", StringComparison.Ordinal);
        if (start < 0) return "";
        var lagging = html.IndexOf("id=\"cham-tien-do\"", start, StringComparison.Ordinal);
        return html[start..html.IndexOf("</table>", lagging, StringComparison.Ordinal)];
    }
}
