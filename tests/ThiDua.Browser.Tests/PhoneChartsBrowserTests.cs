using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// Charts on a phone (390 px) are re-laid out, not shrunk: the narrow layout is the one shown, every word in it is
/// at least 11 CSS px, names sit on their own line; on a laptop (1366 px) the wide layout is shown. The heatmap keeps
/// its drawn size and scrolls in its panel (its unit names pinned), the page never sideways. Each chart is saved as a screenshot.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneChartsBrowserTests(BrowserApp app)
{
    // Per shown chart: its viewBox width, its drawn width in CSS px, the smallest word's size in CSS px (texts of two
    // characters or more: the ▲ = ▼ marks inside the legend's swatches are symbols, not words), its first name text's
    // rendered height; and whether it is a narrow one.
    private const string Measure = """
        () => JSON.stringify([...document.querySelectorAll('.chart svg')].filter(svg => svg.getBoundingClientRect().width > 0).map(svg => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const words = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim().length > 1);
          const smallest = Math.min(...words.map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
          const name = words.find(t => t.getBoundingClientRect().height > 0);
          return { viewBox: svg.viewBox.baseVal.width, drawn: svg.getBoundingClientRect().width, smallest,
                   nameHeight: name ? name.getBoundingClientRect().height : 0, narrow: !!svg.closest('.chart-narrow'),
                   heatmap: !!svg.closest('[data-chart="heatmap"]'), multiple: !!svg.closest('.multiples') };
        }))
        """;

    [Theory]
    [InlineData("campaign", "/campaigns/BK2022?period=2022-12")]
    [InlineData("campaign-cluster-trend", "/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06")]
    [InlineData("unit-progress", "/campaigns/BK2022/units/BK-TTBCXB")]
    [InlineData("indicator", "/campaigns/BK2022/indicators/BK22-01?period=2022-06")]
    [InlineData("dashboard-leadership", "/dashboards/leadership?campaign=BK2022")]
    [InlineData("dashboard-cluster-ranking", "/dashboards/cluster-ranking?campaign=BK2022")]
    [InlineData("dashboard-awards", "/dashboards/awards?campaign=BK2022")]
    [InlineData("heatmap-ls2021", "/campaigns/LS2021")]
    public async Task On_a_phone_every_chart_is_the_narrow_layout_with_words_of_at_least_11_px(string name, string url)
    {
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + url);

        var charts = await ShownAsync(page);
        charts.Should().NotBeEmpty($"{url} shows charts");
        for (var i = 0; i < charts.Length; i++)
        {
            var chart = charts[i];
            if (chart.Heatmap)
            {
                chart.Drawn.Should().BeGreaterThanOrEqualTo(chart.ViewBox, "the heatmap keeps its drawn size on a phone and scrolls in its panel");
                continue;
            }
            // A small multiple is small already: one a row on a phone, drawn larger than its 260 wide.
            (chart.Narrow || chart.Multiple).Should().BeTrue($"chart {i} of {url} is the phone layout at 390 px");
            chart.Smallest.Should().BeGreaterThanOrEqualTo(11, $"every word of chart {i} of {url} reads without zooming");
            chart.NameHeight.Should().BeGreaterThanOrEqualTo(11, $"chart {i}'s text is drawn at least 11 px high");
        }
        var shown = page.Locator(".chart-narrow svg, [data-chart=heatmap] .chart svg, .multiples svg");
        for (var i = 0; i < Math.Min(await shown.CountAsync(), 4); i++)
            await shown.Nth(i).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"chart-{name}-{i}-390.png") });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], $"{url} at 390 px must not scroll sideways");
    }

    [Fact]
    public async Task On_a_phone_the_heatmaps_unit_names_stay_in_view_while_its_cells_scroll_sideways()
    {
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022?period=2022-12");
        var panel = page.Locator(".panel[data-chart=heatmap]");

        var seen = await panel.EvaluateAsync<double[]>("""
            async panel => {
              const names = panel.querySelector('.chart-narrow svg');
              const first = [...names.querySelectorAll('text')].find(t => !t.getAttribute('font-weight'));
              const cells = panel.querySelector('.chart-wide svg');
              const before = [first.getBoundingClientRect().left, cells.getBoundingClientRect().left];
              panel.scrollLeft = 400;
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const box = panel.getBoundingClientRect();
              return [...before, first.getBoundingClientRect().left, cells.getBoundingClientRect().left, box.left, box.right,
                      panel.scrollLeft, first.getBoundingClientRect().width, names.getBoundingClientRect().left - box.left - panel.clientLeft];
            }
            """);
        await panel.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "heatmap-scrolled-390.png") });

        var (nameBefore, cellsBefore, nameAfter, cellsAfter) = (seen[0], seen[1], seen[2], seen[3]);
        var (panelLeft, panelRight, scrolled, nameWidth) = (seen[4], seen[5], seen[6], seen[7]);
        scrolled.Should().BeGreaterThan(100, "the heatmap is wider than a phone and scrolls in its panel");
        (cellsBefore - cellsAfter).Should().BeApproximately(scrolled, 1, "the cells scroll");
        (nameBefore - nameAfter).Should().BeInRange(0, 17, "the names do not: they move only over the panel's padding, to its inner edge");
        nameAfter.Should().BeGreaterThanOrEqualTo(panelLeft).And.BeLessThan(panelRight - nameWidth, "the first unit's name is inside the panel");
        seen[8].Should().BeApproximately(0, 1, "the names' white ground starts at the panel's inner edge: no cell shows beside it");
    }

    [Fact]
    public async Task On_a_laptop_the_wide_layout_is_shown_and_the_narrow_one_hidden()
    {
        var page = await app.NewPageAsync(1366);
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022?period=2022-12");

        var charts = await ShownAsync(page);
        charts.Should().NotBeEmpty().And.OnlyContain(c => !c.Narrow, "the phone layout is hidden at 1366 px");
        (await page.Locator(".chart-narrow svg").CountAsync()).Should().BeGreaterThan(0, "it is on the page, for the phone");
    }

    [Fact]
    public async Task The_chart_route_draws_the_narrow_layout_when_asked()
    {
        var page = await app.NewPageAsync(390);
        var wide = await page.GotoAsync(app.BaseUrl + "/charts/attainment.svg?campaign=BK2022&kind=collective");
        var wideSvg = await wide!.TextAsync();
        var narrow = await page.GotoAsync(app.BaseUrl + "/charts/attainment.svg?campaign=BK2022&kind=collective&layout=narrow");
        var narrowSvg = await narrow!.TextAsync();
        var bad = await page.GotoAsync(app.BaseUrl + "/charts/attainment.svg?campaign=BK2022&layout=tall");

        wideSvg.Should().StartWith("<svg").And.Contain("viewBox=\"0 0 800 ");
        narrowSvg.Should().StartWith("<svg").And.Contain("viewBox=\"0 0 300 ");
        bad!.Status.Should().Be(400);
        (await bad.TextAsync()).Should().Contain("wide hoặc narrow");
    }

    private static async Task<ShownChart[]> ShownAsync(IPage page) =>
        System.Text.Json.JsonSerializer.Deserialize<ShownChart[]>(await page.EvaluateAsync<string>(Measure),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    public sealed record ShownChart(double ViewBox, double Drawn, double Smallest, double NameHeight, bool Narrow, bool Heatmap, bool Multiple);
}
