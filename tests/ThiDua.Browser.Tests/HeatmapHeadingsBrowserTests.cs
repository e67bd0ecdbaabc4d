namespace ThiDua.Browser.Tests;

/// <summary>
/// A cluster's heading row of the heatmap on a phone: the pinned names' copy shows it, cut between words, and the
/// heatmap's own (wider) is transparent; it showed through after the copy's cut ("…thuộc Sở T… Kiên Giang (KG-PHON").
/// </summary>
[Collection(BrowserCollection.Name)]
public class HeatmapHeadingsBrowserTests(BrowserApp app)
{
    private const string Measure = """
        () => [...document.querySelectorAll('.panel[data-chart=heatmap] .heatmap-heading text')].map(t => getComputedStyle(t).fillOpacity)
        """;

    [Fact]
    public async Task On_a_phone_only_the_pinned_copy_draws_a_clusters_heading()
    {
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + "/campaigns/KG2021");
        await page.Locator(".panel[data-chart=heatmap]").EvaluateAsync("panel => { panel.scrollLeft = 200; }");
        await page.Locator(".panel[data-chart=heatmap]").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "heatmap-headings-390.png") });

        (await page.EvaluateAsync<string[]>(Measure)).Should().NotBeEmpty().And.OnlyContain(o => o == "0", "the heatmap's own heading would show past the copy");
        var pinned = await page.Locator(".panel[data-chart=heatmap] .chart-narrow text[font-weight=bold]").AllTextContentsAsync();
        pinned.Should().Contain(t => t.StartsWith("Các phòng, đơn vị thuộc Sở", StringComparison.Ordinal) && t.EndsWith("Sở…", StringComparison.Ordinal),
            "the copy's heading is cut between words");
    }

    [Fact]
    public async Task On_a_laptop_the_heatmap_draws_its_headings_whole()
    {
        var page = await app.NewPageAsync(1366);
        await page.GotoAsync(app.BaseUrl + "/campaigns/KG2021");

        (await page.EvaluateAsync<string[]>(Measure)).Should().NotBeEmpty().And.OnlyContain(o => o == "1");
        (await page.Locator(".panel[data-chart=heatmap] .heatmap-heading text").AllTextContentsAsync())
            .Should().Contain("Các phòng, đơn vị thuộc Sở TT&TT Kiên Giang (KG-PHONG)");
    }
}
