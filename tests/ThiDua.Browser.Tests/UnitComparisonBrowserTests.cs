using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// From a district's page a leader asks to compare it, picks a second district in the empty picker, presses "Xem" and
/// reads both side by side; on a phone the wide table scrolls in its own box and the page does not.
/// </summary>
[Collection(BrowserCollection.Name)]
public class UnitComparisonBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Picking_a_second_unit_sets_both_side_by_side(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + "/campaigns/LS2021/units/LS-CHILANG?period=2021-10");
        await page.GetByRole(AriaRole.Link, new() { Name = "So sánh với đơn vị khác →" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns/LS2021/compare?units=LS-CHILANG&period=2021-10");

        await page.GetByLabel("Đơn vị 2").SelectOptionAsync("LS-VANLANG");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?units=LS-CHILANG&units=LS-VANLANG&period=2021-10*");

        var heads = await page.Locator("table").First.Locator("thead th").AllInnerTextsAsync();
        heads.Skip(1).Should().Equal("UBND huyện Chi Lăng", "UBND huyện Văn Lãng");
        (await page.GetByLabel("Đơn vị 3").InputValueAsync()).Should().BeEmpty("one more empty picker to add a third");
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], "the page fits the screen; a wide table scrolls in its box");
    }
}
