using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Headline;

/// <summary>
/// The lagging indicators' table does not show an average ratio for an indicator no unit has reported yet, and the
/// headline's "Chỉ tiêu chậm nhất" says how many of the units behind have reported nothing.
/// </summary>
public sealed class LaggingIndicatorsTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2022?period=2022-06")]
    [InlineData("/dashboards/leadership?campaign=BK2022&period=2022-06")]
    public async Task An_indicator_without_any_figure_has_no_average_ratio_rather_than_zero_percent(string url)
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(url));
        var table = html[html.IndexOf("id=\"cham-tien-do\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];

        // BK22-NV2 (the CSDL catalogue): its one unit has reported nothing by June 2022.
        var row = Regex.Match(table, "<tr><td><a href=\"/campaigns/BK2022/indicators/BK22-NV2\">.*?</tr>").Value;
        row.Should().Contain("<td class=\"num\">1/1</td><td class=\"num\">1</td><td class=\"num\">—</td>",
            "1 unit behind, 1 without figures, and no ratio to average: a 0% would read as a figure reported");
        // An indicator with figures keeps its average.
        Regex.Match(table, "<tr><td><a href=\"/campaigns/BK2022/indicators/BK22-05\">.*?</tr>").Value.Should().EndWith("<td class=\"num\">50%</td></tr>");
    }

    [Theory]
    [InlineData("/campaigns/BK2022?period=2022-06")]
    [InlineData("/dashboards/leadership?campaign=BK2022&period=2022-06")]
    public async Task The_slowest_indicators_card_says_how_many_units_behind_have_no_figures(string url)
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(url));
        var card = html[html.IndexOf("Chỉ tiêu chậm nhất", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</ol>", StringComparison.Ordinal)];

        Regex.Match(card, "<li><a href=\"/campaigns/BK2022/indicators/BK22-NV2\">.*?</li>").Value
            .Should().EndWith(": 1/1 đơn vị chậm (1 chưa có số liệu)</li>");
        card.Should().NotContain("(0 chưa có số liệu)");
    }
}
