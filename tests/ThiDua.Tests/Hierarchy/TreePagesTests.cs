using System.Net;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Hierarchy;

/// <summary>The seed's Sở TT&amp;TT Bắc Kạn (BK-STTTT) has no targets but heads the departments that have them.</summary>
public sealed class TreePagesTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task The_parent_unit_page_lists_its_children_with_scores_and_ranks()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-STTTT"));

        html.Should().Contain("Đơn vị, cá nhân trực thuộc").And.Contain("Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)");
        html.Should().Contain("/campaigns/BK2022/units/BK-TTBCXB/score?period=", "each child's score links to its terms");
    }

    [Fact]
    public async Task The_tree_page_shows_every_unit_under_the_province_and_says_it_is_a_view()
    {
        var response = await web.Client.GetAsync("/campaigns/BK2022/tree");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("không phải một cách xếp hạng");
        html.Should().Contain("--depth:0\"><a href=\"/campaigns/BK2022/units/BK-STTTT\"").And.Contain("--depth:1\"><a href=\"/campaigns/BK2022/units/BK-TTBCXB\"");
    }

    [Fact]
    public async Task The_campaign_page_links_to_its_tree()
    {
        (await web.Client.GetStringAsync("/campaigns/BK2022")).Should().Contain("href=\"/campaigns/BK2022/tree?period=");
    }

    [Fact]
    public async Task Every_ranking_says_how_each_place_moved_since_the_month_before()
    {
        var first = await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-01");
        var june = await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-06");

        first.Should().Contain("<th class=\"num\">So với tháng trước</th>").And.Contain(">mới</span>").And.NotContain("class=\"move up\"");
        june.Should().MatchRegex("class=\"move (up|down|same)\" title=\"Tháng 05/2022: hạng \\d+, điểm [0-9.]+,\\d\\d\">(▲\\d+|▼\\d+|=) <small>\\((\\+|−)?[0-9.]+,\\d\\d\\)</small>");
    }
}
