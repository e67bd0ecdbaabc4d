using System.Net;

namespace ThiDua.Tests.Web;

/// <summary>A cluster, indicator, unit or form the campaign does not have is a 404 that says so, on pages and charts alike.</summary>
public sealed class UnknownFilterTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/campaigns/BK2022?cluster=KHONG-CO", "cụm, khối 'KHONG-CO'")]
    [InlineData("/campaigns/BK2022?cluster=x'%20or%201=1--", "cụm, khối")]
    [InlineData("/charts/ranking.svg?campaign=BK2022&cluster=KHONG-CO", "cluster 'KHONG-CO'")]
    [InlineData("/charts/progress.svg?campaign=BK2022&indicator=NOPE", "indicator 'NOPE'")]
    [InlineData("/dashboards/indicator?campaign=BK2022&unit=NOPE", "unit 'NOPE'")]
    [InlineData("/charts/awards.svg?campaign=BK2022&form=NOPE", "award form 'NOPE'")]
    public async Task An_unknown_filter_value_is_a_404_naming_it(string url, string named)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain(WebUtility.HtmlEncode(named).Replace("&#39;", "'", StringComparison.Ordinal).Split('\'')[0]);
    }

    [Fact]
    public async Task A_known_cluster_and_the_no_cluster_mark_are_served()
    {
        (await web.Client.GetAsync("/campaigns/BK2022?cluster=BK-KHOI1")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await web.Client.GetAsync("/charts/ranking.svg?campaign=BK2022&cluster=-")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_no_cluster_mark_stays_chosen_in_the_picker_even_when_every_unit_has_a_cluster()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=-");

        html.Should().Contain("<option value=\"-\" selected>Không thuộc cụm, khối</option>");
    }
}
