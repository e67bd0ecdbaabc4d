using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// Signing in as a keyboard and screen-reader user does it: Tab to the fields, type, Enter; a refusal is said with the
/// fields it concerns and leaves the focus where to type again.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SignInBrowserTests(BrowserApp app)
{
    private const string Password = "mat-khau-ban-phim-2026";

    [Fact]
    public async Task SignInFormIsUsableByKeyboardAlone()
    {
        await new ThiDua.Security.UserStore(app.DataSource, TimeProvider.System).AddAsync("ban-phim", ThiDua.Security.Role.Viewer, Password);
        var page = await app.NewSignedOutPageAsync();
        await page.GotoAsync(app.BaseUrl + "/signin");

        await TabUntilAsync(page, "input[name=name]");
        await page.Keyboard.TypeAsync("ban-phim");
        await page.Keyboard.PressAsync("Tab");
        (await FocusedAsync(page, "input[name=password]")).Should().BeTrue("the password follows the name in Tab order");
        await page.Keyboard.TypeAsync("sai-mat-khau-1");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("p.notice.error").WaitForAsync();

        // Refused: the focus is back in the password field, which is marked invalid and described by the refusal.
        (await FocusedAsync(page, "input[name=password]")).Should().BeTrue("after a refusal the keyboard user is where to type again");
        foreach (var field in new[] { "input[name=name]", "input[name=password]" })
        {
            (await page.Locator(field).GetAttributeAsync("aria-invalid")).Should().Be("true", field);
            (await DescriptionAsync(page, field)).Should().Contain("Sai tên đăng nhập hoặc mật khẩu", field);
        }

        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        (await page.Locator("header.site .user").InnerTextAsync()).Should().Contain("ban-phim");
        await TabUntilAsync(page, "header.site .user button");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).Should().Be("Đăng xuất");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(app.BaseUrl + "/signin");
    }

    internal static async Task TabUntilAsync(IPage page, string selector, int most = 30)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page, selector)) return;
        }
        throw new InvalidOperationException($"{selector} not reached in {most} presses of Tab");
    }

    internal static Task<bool> FocusedAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);

    // What a screen reader reads after the field's name: the text of the elements aria-describedby names.
    private static Task<string> DescriptionAsync(IPage page, string selector) => page.Locator(selector).EvaluateAsync<string>(
        "e => (e.getAttribute('aria-describedby') || '').split(/\\s+/).map(id => document.getElementById(id)?.textContent ?? '').join(' ')");
}
