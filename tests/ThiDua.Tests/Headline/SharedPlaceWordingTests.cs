using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Headline;

/// <summary>
/// Units sharing a place say which place they share: in March 2021 two collectives lead BK-KHOI1 of BK2021-BAUCU
/// together, and the cards and the A4 summary said "đồng hạng 2" (their count), which reads as tied for second.
/// </summary>
public sealed class SharedPlaceWordingTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2021-BAUCU?period=2021-03")]
    [InlineData("/dashboards/leadership?campaign=BK2021-BAUCU&period=2021-03")]
    [InlineData("/campaigns/BK2021-BAUCU/print?period=2021-03")]
    public async Task Leaders_sharing_the_first_place_read_as_tied_first(string url)
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(url));
        var leaders = html[html.IndexOf("id=\"dan-dau\"", StringComparison.Ordinal)..];
        leaders = leaders[..leaders.IndexOf("</section>", StringComparison.Ordinal)];

        leaders.Should().Contain("Thanh tra Sở").And.Contain("(đồng hạng 1)").And.NotContain("đồng hạng 2");
    }

    [Fact]
    public async Task The_summarys_table_names_the_place_shared_by_its_leaders_and_by_its_last()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2021-BAUCU/print?period=2021-03"));
        var ranking = await web.Client.GetStringAsync("/api/campaigns/BK2021-BAUCU/ranking?period=2021-03");

        var shared = Regex.Matches(html, @"<td>([^<]|<(?!/td>))*?, đồng hạng (\d+)\)</td>").Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        shared.Should().Contain(1, "the two leaders of BK-KHOI1 share the first place");
        foreach (var place in shared)
            ranking.Should().Contain($"\"rank\":{place},", "a shared place is a rank of the ranking");
    }
}
