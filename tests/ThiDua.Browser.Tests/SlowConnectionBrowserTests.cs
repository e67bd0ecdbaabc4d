using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// A phone on a metered 3G line: a page costs one compressed answer and the style sheet, which the next page takes
/// from the browser's cache; no request for an icon the service does not have (it was the 404 page, once a session).
/// </summary>
[Collection(BrowserCollection.Name)]
public class SlowConnectionBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task A_page_costs_the_compressed_page_and_the_style_sheet_and_the_next_page_reuses_the_sheet()
    {
        var page = await app.NewPageAsync(390, 844);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var asked = new List<string>();
        var fromCache = new HashSet<string>();
        var urls = new Dictionary<string, string>();
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            var url = e!.Value.GetProperty("request").GetProperty("url").GetString()!;
            urls[e.Value.GetProperty("requestId").GetString()!] = url;
            asked.Add(url[app.BaseUrl.Length..]);
        };
        cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => fromCache.Add(urls[e!.Value.GetProperty("requestId").GetString()!]);
        await cdp.SendAsync("Network.enable");

        var first = await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022", new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(500); // an icon is asked after the load event
        var firstAsked = asked.ToList();
        asked.Clear();
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022/tree", new() { WaitUntil = WaitUntilState.Load });

        (await first!.HeaderValueAsync("content-encoding")).Should().BeOneOf("br", "gzip");
        firstAsked.Should().HaveCount(2).And.Contain("/campaigns/BK2022");
        firstAsked.Should().ContainSingle(u => u.StartsWith("/assets/thidua.css?v=", StringComparison.Ordinal));
        firstAsked.Should().NotContain("/favicon.ico");
        fromCache.Should().ContainSingle(u => u.Contains("/assets/thidua.css?v=", StringComparison.Ordinal), "the second page takes the sheet from the cache");
    }
}
