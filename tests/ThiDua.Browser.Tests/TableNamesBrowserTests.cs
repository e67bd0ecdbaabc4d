using Microsoft.Playwright;
using ThiDua.Security;

namespace ThiDua.Browser.Tests;

/// <summary>
/// A screen reader moving from table to table hears each one's name (its caption), and no column heading is blank;
/// an action button in a row (or on a dashboard's card) names what it acts on.
/// </summary>
[Collection(BrowserCollection.Name)]
public class TableNamesBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB")]
    [InlineData("/campaigns/BK2022/tree")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance?period=2022-12")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB/score")]
    [InlineData("/campaigns/BK2022/indicators/BK22-01")]
    [InlineData("/campaigns/BK2022/registrations")]
    [InlineData("/campaigns/BK2022/print")]
    [InlineData("/audit")]
    [InlineData("/users")]
    public async Task ScreenReaderUserHearsEachTablesName(string url)
    {
        var page = await app.NewPageAsAsync(Role.Admin);
        await page.GotoAsync(app.BaseUrl + url);

        var tables = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table')].map(t => {
              const name = t.caption?.textContent.trim() || t.getAttribute('aria-label') || '';
              const blank = [...t.querySelectorAll('th')].filter(th => !th.textContent.trim()).length;
              return `${name}|${blank}`; })
            """);
        tables.Should().NotBeEmpty(url);
        foreach (var t in tables)
        {
            var (name, blank) = (t[..t.LastIndexOf('|')], t[(t.LastIndexOf('|') + 1)..]);
            name.Should().NotBeEmpty($"every table on {url} has a caption ({tables.Length} tables)");
            blank.Should().Be("0", $"no column heading of '{name}' on {url} is blank");
        }
    }

    [Fact]
    public async Task RankingTablesAreToldApartByTheirCluster()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022");

        // The accessible name as Chromium computes it for assistive technology, the visually hidden caption included.
        var ranking = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Xếp hạng ") });
        var names = new List<string>();
        for (var i = 0; i < await ranking.CountAsync(); i++)
            names.Add(await ranking.Nth(i).Locator("caption").InnerTextAsync());
        names.Should().HaveCountGreaterThan(1).And.OnlyHaveUniqueItems("each cluster's table has its own name");
    }

    // /jobs' "Chạy ngay" does the same (Web/JobsTableTests): the test app runs no scheduler, so lists no job.
    [Theory]
    [InlineData("/users", "Thu hồi mã và phiên")]
    [InlineData("/dashboards", "Mở")]
    public async Task EachRowsButtonNamesWhatItActsOn(string url, string label)
    {
        var page = await app.NewPageAsAsync(Role.Admin);
        await page.GotoAsync(app.BaseUrl + url);

        var buttons = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + label) });
        var names = new List<string>();
        for (var i = 0; i < await buttons.CountAsync(); i++) names.Add((await buttons.Nth(i).TextContentAsync())!.Trim());
        names.Should().HaveCountGreaterThan(1).And.OnlyHaveUniqueItems($"each '{label}' on {url} says which row it is for");
    }
}
