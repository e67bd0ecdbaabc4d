using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>Pages are served with a content security policy that allows no script; Chromium must draw them refusing nothing.</summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/dashboards/leadership?campaign=BK2022")]
    [InlineData("/imports")]
    [InlineData("/jobs")]
    public async Task A_page_draws_under_the_policy_with_nothing_refused(string path)
    {
        var page = await app.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") refused.Add(message.Text); };

        var response = await page.GotoAsync(app.BaseUrl + path);

        (await response!.HeaderValueAsync("content-security-policy")).Should().Contain("default-src 'none'");
        // The stylesheet applied (the browser's default would be a serif).
        (await page.Locator("body").EvaluateAsync<string>("b => getComputedStyle(b).fontFamily")).Should().Contain("Noto Sans");
        refused.Should().BeEmpty();
    }
}
