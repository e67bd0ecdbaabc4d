namespace ThiDua.Browser.Tests;

/// <summary>
/// A leader on any page Tabs to the header's search field, types the unit's name without diacritics, presses Enter and
/// follows the result to the unit's record (the header's field still holding what was typed); on a phone the header (with the field) still fits the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Typing_in_the_header_box_leads_to_the_units_record(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + "/campaigns/BK2022");

        await SignInBrowserTests.TabUntilAsync(page, "header.site input[type=search]", 40);
        (await page.EvaluateAsync<string>("document.activeElement.labels[0].textContent")).Should().Contain("Tìm đơn vị");
        await page.Keyboard.TypeAsync("chi lang");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(app.BaseUrl + "/search?q=chi+lang");
        (await page.InputValueAsync("header.site input[type=search]")).Should().Be("chi lang", "the header's field keeps the query, to change it there");
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], "the results page fits the screen");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "UBND huyện Chi Lăng" }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/units/LS-CHILANG");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("Chi Lăng");
    }
}
