using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>A NUL character (%00) in a query parameter is a 400 naming the parameter, never a 500 from PostgreSQL.</summary>
public sealed class NulInQueryTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/audit?user=admin%00", "user")]
    [InlineData("/api/audit?campaign=BK2022%00", "campaign")]
    [InlineData("/exports/audit.xlsx?unit=BK-VP%00", "unit")]
    [InlineData("/dashboards/leadership?campaign=BK2022%00", "campaign")]
    [InlineData("/charts/ranking.svg?campaign=BK2022%00", "campaign")]
    [InlineData("/exports/ranking.xlsx?campaign=BK2022%00", "campaign")]
    public async Task A_query_parameter_with_a_nul_character_is_refused_naming_it(string url, string parameter)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.Should().Contain($"Tham số {parameter} trong địa chỉ chứa ký tự NUL").And.Contain("remove %00 from the address");
    }

    [Fact]
    public async Task A_literal_percent_00_in_a_value_is_no_nul_and_goes_through()
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync("/api/audit?user=a%2500");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
