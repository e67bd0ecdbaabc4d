using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Formatting;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Trends;

/// <summary>
/// Trends on the pages: a chosen cluster's scores month by month (the period's point is the ranking's score), and an
/// indicator's progress per unit as small multiples, one per unit given a target.
/// </summary>
public sealed partial class TrendPagesTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_chosen_clusters_score_chart_ends_on_the_rankings_scores()
    {
        var ranking = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/BK2022/ranking?period=2022-06")).RootElement
            .EnumerateArray().Where(r => r.GetProperty("cluster").GetString() == "BK-KHOI1").ToList();
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06"));
        var all = await web.Client.GetStringAsync("/campaigns/BK2022?period=2022-06");

        ranking.Should().NotBeEmpty();
        html.Should().Contain("id=\"xu-huong\"");
        foreach (var row in ranking)
            html.Should().Contain($"{row.GetProperty("unit_name").GetString()} – tháng 06/2022: {VietnameseNumber.FormatFixed(row.GetProperty("score").GetDecimal(), 2)} điểm");
        html.Should().Contain(" – tháng 01/2022: ", "the chart starts at the campaign's first month");
        all.Should().NotContain("id=\"xu-huong\"", "all clusters at once would be too many lines");
    }

    [Fact]
    public async Task The_indicator_page_draws_one_small_chart_per_unit_given_a_target()
    {
        var attainment = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/BK2022/attainment?period=2022-06")).RootElement
            .EnumerateArray().Where(r => r.GetProperty("indicator").GetString() == "BK22-01").ToList();
        var html = await web.Client.GetStringAsync("/campaigns/BK2022/indicators/BK22-01?period=2022-06");

        var multiples = html[html.IndexOf("<div class=\"multiples\">", StringComparison.Ordinal)..];
        SmallChart().Matches(multiples[..multiples.IndexOf("</div>", StringComparison.Ordinal)]).Count.Should().Be(attainment.Count);
        html.Should().Contain("100% kế hoạch đến kỳ").And.Contain("/units/" + attainment[0].GetProperty("unit").GetString() + "/indicators/BK22-01/provenance");
    }

    [GeneratedRegex("<a class=\"chart\" href=\"[^\"]*/provenance")]
    private static partial Regex SmallChart();
}
