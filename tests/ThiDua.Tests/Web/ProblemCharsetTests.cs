using System.Net;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// Every ProblemDetails says <c>charset=utf-8</c> as the data answers do (it said none): a client that reads text without
/// a charset as Latin-1 garbled the Vietnamese half of "detail".
/// </summary>
public sealed class ProblemCharsetTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData(null, "/api/campaigns", HttpStatusCode.Unauthorized)]
    [InlineData("viewer", "/api/users", HttpStatusCode.Forbidden)]
    [InlineData("viewer", "/api/campaigns/NO-SUCH/ranking", HttpStatusCode.NotFound)]
    [InlineData("viewer", "/api/campaigns/BK2022/ranking?period=xx", HttpStatusCode.BadRequest)]
    [InlineData("viewer", "/charts/nope.svg?campaign=BK2022", HttpStatusCode.NotFound)]
    public async Task Every_problem_says_its_charset_as_the_data_answers_do(string? role, string url, HttpStatusCode status)
    {
        using var client = role is null ? web.NewClient() : web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/problem+json; charset=utf-8");
    }
}
