namespace ThiDua.Browser.Tests;

/// <summary>
/// A cluster's scores month by month draw a line a unit: each line differs from the others by its dash as well as its
/// colour, so a colour-blind reader, or one reading a grey print, can still match a line to its legend entry.
/// </summary>
[Collection(BrowserCollection.Name)]
public class TrendChartBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task TrendLinesDifferByMoreThanColour(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022?cluster=BK-KHOI1&period=2022-06");

        // The dash of each unit's line (one colour a unit) in the trend chart shown at this width.
        var dashes = await page.EvaluateAsync<string[]>("""
            () => { const svg = [...document.querySelectorAll('svg[aria-labelledby^="thidua-trend"]')].find(s => s.getBoundingClientRect().width > 0);
              const byColour = new Map();
              for (const p of svg.querySelectorAll('polyline')) byColour.set(p.getAttribute('stroke'), getComputedStyle(p).strokeDasharray);
              return [...byColour.values()]; }
            """);
        dashes.Length.Should().BeGreaterThan(1, "the cluster has several units");
        dashes.Take(4).Should().OnlyHaveUniqueItems("the first four lines have four different dashes, not one solid line in four colours");
    }
}
