using System.Net;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// A token answered from memory (kept by its text, no hash per request) is still refused on the next request after
/// it is revoked, and a token the database does not know is never remembered as anyone.
/// </summary>
public class RememberedTokenTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Ranking = "/api/campaigns/BK2022/ranking";

    [Fact]
    public async Task A_token_served_from_memory_is_refused_once_revoked_elsewhere()
    {
        var store = new UserStore(web.DataSource, TimeProvider.System);
        var token = (await store.AddAsync("remembered", Role.Viewer, null)).Token;
        using var client = web.ClientWith(token);
        for (var i = 0; i < 20; i++) (await client.GetAsync(Ranking)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await store.RevokeAsync("remembered")).Should().Be(1);

        await Eventually.WaitUntilAsync(async () => (await client.GetAsync(Ranking)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(10), "the revoked token is refused");
        for (var i = 0; i < 5; i++) (await client.GetAsync(Ranking)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_token_asked_again_and_again_stays_unknown_and_a_valid_one_beside_it_works()
    {
        using var stranger = web.ClientWith("not-a-token-anyone-was-given");
        using var viewer = web.ClientWith(web.ViewerToken);

        for (var i = 0; i < 5; i++)
        {
            var refused = await stranger.GetAsync(Ranking);
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            refused.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
            (await viewer.GetAsync(Ranking)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }
}
