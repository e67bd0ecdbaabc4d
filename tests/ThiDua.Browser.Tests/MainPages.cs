using Microsoft.Playwright;
using ThiDua.Security;

namespace ThiDua.Browser.Tests;

/// <summary>
/// The main pages a person meets, one of each kind the fixture serves, for the page-wide checks (contrast, reflow):
/// signed out for the sign-in page, as admin for the rest (an admin sees every menu entry, form and button).
/// </summary>
public static class MainPages
{
    public const string SignIn = "/signin";

    public static readonly string[] Urls =
    [
        SignIn,
        "/",
        "/campaigns/BK2022?period=2022-12",
        "/campaigns/BK2022/units/BK-TTBCXB",
        "/campaigns/BK2022/units/BK-TTBCXB?period=2022-06",
        "/units/BK-TTBCXB",
        "/campaigns/BK2022/indicators/BK22-01?period=2022-06",
        "/campaigns/LS2021",
        "/campaigns/KG2021",
        "/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance?period=2022-12",
        "/campaigns/LS2021/compare?units=LS-CHILANG,LS-VANLANG&period=2021-10",
        "/dashboards",
        "/dashboards/leadership?campaign=BK2022",
        "/imports",
        "/reports",
        "/jobs",
        "/audit",
        "/users",
    ];

    /// <summary>Every main page at each width, for a theory's MemberData.</summary>
    public static TheoryData<string, int> At(params int[] widths)
    {
        var data = new TheoryData<string, int>();
        foreach (var url in Urls)
            foreach (var width in widths) data.Add(url, width);
        return data;
    }

    public static async Task<IPage> OpenAsync(BrowserApp app, string url, int width)
    {
        var page = url == SignIn ? await app.NewSignedOutPageAsync(width) : await app.NewPageAsAsync(Role.Admin, width);
        var response = await page.GotoAsync(app.BaseUrl + url);
        response!.Status.Should().Be(200, $"{url} is served");
        return page;
    }
}
