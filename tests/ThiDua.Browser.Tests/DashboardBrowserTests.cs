using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Leader_changes_the_cluster_filter_and_sees_that_clusters_ranking()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/campaigns/BK2022");
        (await page.Locator("section.panel[data-chart] svg:visible").CountAsync()).Should().Be(4, "the leadership dashboard has four panels (the phone layouts hidden)");
        var before = await RankingHeadingsAsync(page);
        before.Should().Contain(h => h.Contains("BK-KHOI1")).And.Contain(h => h.Contains("BK-KHOI2"));
        await BrowserApp.ScreenshotAsync(page, "campaign-all-clusters");

        await page.Locator("select[name=cluster]").SelectOptionAsync("BK-KHOI2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync("**cluster=BK-KHOI2**");

        var after = await RankingHeadingsAsync(page);
        after.Should().NotBeEmpty().And.OnlyContain(h => h.Contains("BK-KHOI2"));
        (await page.Locator("select[name=cluster]").InputValueAsync()).Should().Be("BK-KHOI2", "the form keeps the selection");
        await BrowserApp.ScreenshotAsync(page, "campaign-cluster-BK-KHOI2");
    }

    [Fact]
    public async Task Leadership_dashboard_redraws_its_ranking_chart_for_the_chosen_cluster()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/dashboards/leadership?campaign=BK2022");
        var ranking = page.Locator("section[data-chart=ranking] svg title").First;
        (await ranking.TextContentAsync()).Should().Contain("tất cả cụm, khối");

        await page.Locator("select[name=cluster]").SelectOptionAsync("BK-KHOI1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync("**cluster=BK-KHOI1**");

        (await page.Locator("section[data-chart=ranking] svg title").First.TextContentAsync()).Should().Contain("Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1)");
        await BrowserApp.ScreenshotAsync(page, "dashboard-leadership-BK-KHOI1");
    }

    private static async Task<IReadOnlyList<string>> RankingHeadingsAsync(IPage page) =>
        await page.Locator("#xep-hang + .grid section.panel h3").AllInnerTextsAsync();
}
