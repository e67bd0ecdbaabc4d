using Microsoft.Playwright;
using ThiDua.Security;

namespace ThiDua.Browser.Tests;

/// <summary>
/// What a screen reader's page summary shows: Vietnamese, one header, a named menu with the reader's place in it, one
/// main region and h1, and headings that go down one level at a time (a reader lists them to find a section; a jump
/// from h1 to h3 files it under nothing).
/// </summary>
[Collection(BrowserCollection.Name)]
public class PageOutlineBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("/", "Phong trào")]
    [InlineData("/campaigns/BK2022", "Phong trào")]
    [InlineData("/campaigns/BK2022/indicators/BK22-01", "Phong trào")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB", "Phong trào")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance?period=2022-12", "Phong trào")]
    [InlineData("/campaigns/BK2022/tree", "Phong trào")]
    [InlineData("/campaigns/BK2022/print", "Phong trào")]
    [InlineData("/dashboards", "Bảng điều khiển")]
    [InlineData("/dashboards/leadership?campaign=BK2022", "Bảng điều khiển")]
    [InlineData("/dashboards/awards?campaign=BK2022", "Bảng điều khiển")]
    [InlineData("/dashboards/indicator?campaign=BK2022", "Bảng điều khiển")]
    [InlineData("/dashboards/cluster-ranking?campaign=BK2022", "Bảng điều khiển")]
    [InlineData("/imports", "Nhập số liệu")]
    [InlineData("/audit", "Nhật ký")]
    [InlineData("/users", "Người dùng")]
    public async Task HeadingsOutlineEachPageWithoutSkippingALevel(string url, string menuEntry)
    {
        var page = await app.NewPageAsAsync(Role.Admin);
        await page.GotoAsync(app.BaseUrl + url);

        (await page.EvaluateAsync<string>("document.documentElement.lang")).Should().Be("vi");
        (await page.EvaluateAsync<int[]>("['header.site', 'header.site nav', 'main', 'h1'].map(s => document.querySelectorAll(s).length)"))
            .Should().Equal([1, 1, 1, 1], $"{url} has one header, one menu, one main and one h1");
        // The menu is a named landmark (a page may have a breadcrumb and pagers too) and says where the reader is:
        // a campaign's unit, indicator or tree page is under "Phong trào".
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính", Exact = true }).Locator("a[aria-current=page]").AllInnerTextsAsync())
            .Should().Equal([menuEntry], $"{url} marks its menu entry as current");
        var skips = await page.EvaluateAsync<string[]>("""
            () => { let level = 0; const skips = [];
              for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
                const l = +h.tagName[1];
                if (l > level + 1) skips.push(`h${level} → h${l} "${h.textContent.trim()}"`);
                level = l; }
              return skips; }
            """);
        skips.Should().BeEmpty($"{url}'s headings go down one level at a time");
    }
}
