namespace ThiDua.Browser.Tests;

/// <summary>
/// Every page opens with a skip link (WCAG 2.4.1): a keyboard user gets past the brand, the menu and the sign-out
/// button in one Tab and one Enter, on a laptop and on a phone, where the menu wraps over several lines.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SkipLinkBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("/campaigns/BK2022", 1280)]
    [InlineData("/campaigns/BK2022", 390)]
    [InlineData("/imports", 1280)]
    public async Task KeyboardUserSkipsTheMenuToTheMainContent(string url, int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + url);

        await page.Keyboard.PressAsync("Tab");
        var link = await page.EvaluateAsync<SkipLink>("""
            () => { const e = document.activeElement, r = e.getBoundingClientRect();
              return { text: e.textContent.trim(), href: e.getAttribute('href') ?? '', top: r.top, bottom: r.bottom, height: r.height }; }
            """);
        link.Text.Should().Be("Bỏ qua menu, đến nội dung chính", "the first Tab reaches the skip link");
        link.Href.Should().StartWith("#");
        (link.Top >= 0 && link.Height > 0 && link.Bottom <= 900).Should().BeTrue($"focused, the skip link is in sight ({link.Top}..{link.Bottom})");

        await page.Keyboard.PressAsync("Enter");
        (await SignInBrowserTests.FocusedAsync(page, "main")).Should().BeTrue("the link moves the focus into main, not only the scroll");
        await page.Keyboard.PressAsync("Tab");
        (await SignInBrowserTests.FocusedAsync(page, "main *")).Should().BeTrue("the next Tab is the first control of the content, not the menu");
    }

    // Playwright fills a result type through its setters.
    private sealed class SkipLink
    {
        public string Text { get; set; } = "";
        public string Href { get; set; } = "";
        public double Top { get; set; }
        public double Bottom { get; set; }
        public double Height { get; set; }
    }
}
