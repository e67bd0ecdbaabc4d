using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// The pages a leader reads, on a laptop (1366 px) and a phone (390 px): nothing wider than the screen (no sideways
/// scrolling), and one number followed from the headline to the file line it came from.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LeaderPagesBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("campaign", "/campaigns/BK2022", 1366)]
    [InlineData("campaign", "/campaigns/BK2022", 390)]
    [InlineData("unit", "/campaigns/BK2022/units/BK-STTTT", 1366)]
    [InlineData("unit", "/campaigns/BK2022/units/BK-STTTT", 390)]
    [InlineData("unit-with-targets", "/campaigns/BK2022/units/BK-TTBCXB", 390)]
    [InlineData("tree", "/campaigns/BK2022/tree", 1366)]
    [InlineData("tree", "/campaigns/BK2022/tree", 390)]
    [InlineData("provenance", "/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance?period=2022-12", 390)]
    [InlineData("audit", "/audit", 1366)]
    [InlineData("audit", "/audit", 390)]
    [InlineData("audit-filtered", "/audit?campaign=BK2022&indicator=BK22-01&limit=20", 390)]
    [InlineData("campaign-cluster-trend", "/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06", 390)]
    [InlineData("campaign-cluster-trend", "/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06", 1366)]
    [InlineData("indicator-trends", "/campaigns/BK2022/indicators/BK22-01?period=2022-06", 390)]
    [InlineData("indicator-trends", "/campaigns/BK2022/indicators/BK22-01?period=2022-06", 1366)]
    [InlineData("heatmap-ls2021", "/campaigns/LS2021", 1366)]
    [InlineData("dashboard-leadership", "/dashboards/leadership?campaign=BK2022", 1366)]
    [InlineData("dashboard-leadership", "/dashboards/leadership?campaign=BK2022", 390)]
    [InlineData("dashboards", "/dashboards", 1366)]
    [InlineData("print", "/campaigns/BK2022/print", 1366)]
    public async Task Page_fits_the_screen_width(string name, string url, int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + url);

        await BrowserApp.ScreenshotAsync(page, $"{name}-{width}");
        var (scroll, client) = await WidthsAsync(page);
        scroll.Should().BeLessThanOrEqualTo(client, $"{url} at {width} px must not scroll sideways");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("vi");
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task A_leader_follows_a_leaders_score_from_the_headline_to_the_file_line_it_came_from(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync($"{app.BaseUrl}/campaigns/BK2022?period=2022-12");
        var score = page.Locator("#dan-dau a.num-link").First;
        var shown = (await score.InnerTextAsync()).Trim();
        await BrowserApp.ScreenshotAsync(page, $"chain-1-headline-{width}");

        await score.ClickAsync();
        await page.WaitForURLAsync("**/score?period=2022-12");
        (await page.Locator("code.formula").InnerTextAsync()).Should().EndWith("= " + shown, "the score page adds up to the number clicked");
        await BrowserApp.ScreenshotAsync(page, $"chain-2-score-{width}");

        // Followed by its href: a click at 1366 px once timed out waiting for the load on a loaded CI machine.
        var calculation = await page.Locator("table a.num-link").First.GetAttributeAsync("href");
        calculation.Should().Contain("/provenance?period=2022-12");
        await page.GotoAsync(new Uri(new Uri(page.Url), calculation).ToString());
        (await page.Locator("#cach-tinh").InnerTextAsync()).Should().Contain("Công thức").And.Contain("Tỷ lệ =");
        await BrowserApp.ScreenshotAsync(page, $"chain-3-calculation-{width}");

        await page.Locator("#so-lieu-thang tbody a, #so-lieu-thang + .table-wrap tbody a").First.ClickAsync();
        var source = await page.Locator("#lich-su ~ section .source").First.InnerTextAsync();
        source.Should().MatchRegex(@"^measurements\.csv, dòng \d+$", "every value names the file and line it was imported from");
        await BrowserApp.ScreenshotAsync(page, $"chain-4-history-{width}");
        var (scroll, client) = await WidthsAsync(page);
        scroll.Should().BeLessThanOrEqualTo(client);
    }

    [Theory]
    [InlineData("BK2022")]
    [InlineData("BK2021-BAUCU")]
    [InlineData("KG2021")]
    [InlineData("LS2021")]
    [InlineData("LS2021-TTTT")]
    public async Task The_leadership_summary_prints_on_one_A4_page(string campaign)
    {
        var page = await app.NewPageAsync(1366);
        await page.GotoAsync($"{app.BaseUrl}/campaigns/{campaign}/print");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });

        var path = Path.Combine(BrowserApp.ScreenshotDirectory, $"print-{campaign}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        PdfPages.Count(pdf).Should().Be(1, $"{campaign}'s summary is one A4 page (see {path})");
        (await page.Locator("#tom-tat .card").CountAsync()).Should().BeGreaterThanOrEqualTo(5, "the headline cards are on it");
    }

    private static async Task<(int Scroll, int Client)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
