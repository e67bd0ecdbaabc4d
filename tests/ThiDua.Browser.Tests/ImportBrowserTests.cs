using System.Text;
using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class ImportBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Analyst_uploads_a_file_with_a_bad_number_and_sees_the_line_level_error()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/imports");
        await page.Locator("select[name=kind]").SelectOptionAsync("measurements");
        await page.Locator("input[name=file]").SetInputFilesAsync(Csv("so-lieu-thang-7.csv",
            "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\nBK2022;BK-TTBCXB;BK22-01;2022-08;mười hai\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        var row = page.Locator("table.errors tbody tr").First;
        await row.WaitForAsync();
        var cells = await row.Locator("td").AllInnerTextsAsync();
        cells[0].Should().Be("3");
        cells[2].Should().Be("mười hai");
        cells[3].Should().NotBeNullOrWhiteSpace();
        (await page.Locator("p.notice.error").InnerTextAsync()).Should().Contain("Không có dữ liệu nào được ghi");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Nhập chính thức" }).CountAsync()).Should().Be(0);
        await BrowserApp.ScreenshotAsync(page, "import-line-error");
    }

    [Fact]
    public async Task Analyst_checks_a_valid_file_then_confirms_the_import()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/imports");
        await page.Locator("select[name=kind]").SelectOptionAsync("measurements");
        await page.Locator("input[name=file]").SetInputFilesAsync(Csv("dieu-chinh.csv", "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;99\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        (await page.Locator("p.notice.ok").InnerTextAsync()).Should().Contain("kiểm tra thử");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập chính thức" }).ClickAsync();

        (await page.Locator("p.notice.ok").InnerTextAsync()).Should().Contain("Đã nhập tệp");
        await BrowserApp.ScreenshotAsync(page, "import-confirmed");
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
