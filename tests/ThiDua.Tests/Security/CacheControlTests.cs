namespace ThiDua.Tests.Security;

/// <summary>Nothing answered to a signed-in user is kept in a cache (a shared office computer); the style sheet may be.</summary>
public sealed class CacheControlTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("/api/campaigns")]
    [InlineData("/api/campaigns/BK2022/ranking")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/exports/ranking.xlsx?campaign=BK2022")]
    [InlineData("/api/users")]
    [InlineData("/")]
    public async Task A_signed_in_users_answers_and_downloads_are_not_stored_by_any_cache(string url)
    {
        using var client = web.ClientWith(web.AdminToken);

        var response = await client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task The_style_sheet_stays_cacheable()
    {
        using var client = web.NewClient();

        var response = await client.GetAsync("/assets/thidua.css");

        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.NoStore.Should().BeFalse();
    }
}
