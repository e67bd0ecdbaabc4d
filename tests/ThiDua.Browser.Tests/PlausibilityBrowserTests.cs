using System.Text;
using Microsoft.Playwright;

namespace ThiDua.Browser.Tests;

/// <summary>
/// A typo ("1.910" for 19,1 %) on /imports: the dry run warns with old → new, the import needs the box ticked, and
/// /audit marks the figure as imported over the warning. Screenshots of each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PlausibilityBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Analyst_sees_the_warning_with_old_and_new_confirms_it_and_finds_it_marked_in_the_audit()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/imports");
        await page.Locator("select[name=kind]").SelectOptionAsync("measurements");
        await page.Locator("input[name=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "go-nham.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("campaign;unit;indicator;period;value\nBK2022;BK-BCVT;BK22-06;2022-06;1.910\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        var warnings = await page.Locator("table.warnings tbody tr td:nth-child(5)").AllInnerTextsAsync();
        warnings.Should().HaveCount(3).And.Contain(w => w.Contains("vượt quá 100", StringComparison.Ordinal))
            .And.Contain(w => w.Contains("Sửa giá trị đã lưu 19,1 thành 1.910", StringComparison.Ordinal));
        var change = await page.Locator("table.changes tbody tr").First.Locator("td").AllInnerTextsAsync();
        change.Should().Equal("2", "BK-BCVT", "BK22-06", "06/2022", "19,1", "1.910");
        await BrowserApp.ScreenshotAsync(page, "import-plausibility-warning");

        // Not ticked: the browser keeps the form back.
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Nhập chính thức" });
        await confirm.ClickAsync();
        (await page.Locator("input[name=acceptWarnings]").EvaluateAsync<bool>("box => box.checkValidity()")).Should().BeFalse();
        (await page.Locator("p.notice.ok").CountAsync()).Should().Be(0);

        await page.GetByLabel("Tôi đã kiểm tra các cảnh báo").CheckAsync();
        await confirm.ClickAsync();
        (await page.Locator("p.notice.ok").InnerTextAsync()).Should().Contain("dù có 3 cảnh báo");
        await BrowserApp.ScreenshotAsync(page, "import-plausibility-accepted");

        await page.GotoAsync($"{app.BaseUrl}/audit?campaign=BK2022&unit=BK-BCVT");
        var marked = page.Locator("p.accepted-warning").First;
        (await marked.InnerTextAsync()).Should().Contain("Nhập dù có cảnh báo").And.Contain("1.910");
        (await page.Locator("tr", new() { Has = page.Locator("p.accepted-warning") }).First.InnerTextAsync()).Should().Contain("go-nham.csv, dòng 2");
        await BrowserApp.ScreenshotAsync(page, "audit-accepted-warning");
    }
}
