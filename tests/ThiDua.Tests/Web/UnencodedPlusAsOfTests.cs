using System.Net;

namespace ThiDua.Tests.Web;

/// <summary>
/// <c>?asOf=2024-07-05T08:00:00+07:00</c> typed as the contract writes it: the query string turns the unencoded '+' into
/// a space, and the server reads it back as the offset instead of answering 400 about a value the user did not write.
/// </summary>
public class UnencodedPlusAsOfTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/api/campaigns/BK2022/ranking?period=2022-06&asOf={0}")]
    [InlineData("/api/campaigns/BK2022/attainment?period=2022-06&asOf={0}")]
    [InlineData("/api/campaigns/BK2022/awards?asOf={0}")]
    [InlineData("/charts/ranking.svg?campaign=BK2022&period=2022-06&asOf={0}")]
    [InlineData("/campaigns/BK2022?period=2022-06&asOf={0}")]
    public async Task An_offset_whose_plus_was_not_encoded_answers_as_the_encoded_one(string route)
    {
        var encoded = await web.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, "2100-01-01T08:00:00%2B07:00"));
        var unencoded = await web.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, "2100-01-01T08:00:00+07:00"));

        encoded.StatusCode.Should().Be(HttpStatusCode.OK);
        unencoded.StatusCode.Should().Be(HttpStatusCode.OK, await unencoded.Content.ReadAsStringAsync());
        if (!route.StartsWith("/campaigns/", StringComparison.Ordinal)) // a page carries its request's own links and tokens
            (await unencoded.Content.ReadAsStringAsync()).Should().Be(await encoded.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_restored_offset_is_the_one_used_not_dropped()
    {
        // 2000-01-01 08:00 at +07:00 is before any import: the campaign did not exist yet (404), as with %2B.
        var response = await web.Client.GetAsync("/api/campaigns/BK2022/ranking?asOf=2000-01-01T08:00:00+07:00");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/campaigns/BK2022/ranking?asOf=2100-01-01T08:00:00 7:00")]
    [InlineData("/api/campaigns/BK2022/ranking?asOf=2100-01-01T08:00:00 07:00:00")]
    public async Task A_space_that_cannot_be_an_offset_is_still_refused(string url)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unencoded_offset_without_minutes_is_refused_quoting_it_as_written()
    {
        // '+07' alone is refused (contract.md): the answer quotes '…+07' as written, not the query string's '… 07'.
        var response = await web.Client.GetAsync("/api/campaigns/BK2022/ranking?asOf=2024-07-05T08:00:00+07");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var detail = (string)System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Contain("asOf '2024-07-05T08:00:00+07' is not valid").And.Contain("+07:00");
    }
}
