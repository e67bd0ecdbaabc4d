using System.Net;
using System.Text.Json;
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

        Headline(dashboard).Should().NotBeEmpty().And.Be(Headline(campaign));
        other.Should().NotContain("id=\"tom-tat\"", "only a dashboard that asks for it (\"headline\": true) opens with the cards");
    }

    // From the cards to the end of the lagging indicators' table.
    private static string Headline(string html)
    {
        var start = html.IndexOf("<div class=\"headline\"", StringComparison.Ordinal);
        if (start < 0) return "";
        var lagging = html.IndexOf("id=\"cham-tien-do\"", start, StringComparison.Ordinal);
        return html[start..html.IndexOf("</table>", lagging, StringComparison.Ordinal)];
    }
}
