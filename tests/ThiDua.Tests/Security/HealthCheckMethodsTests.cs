using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>A load balancer may check <c>/health</c> by HEAD: the same answer as GET, without sign-in, never the sign-in redirect.</summary>
public sealed class HealthCheckMethodsTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_balancer_checking_health_by_HEAD_gets_200_without_signing_in()
    {
        using var client = web.NewClient();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Location.Should().BeNull();
    }
}
