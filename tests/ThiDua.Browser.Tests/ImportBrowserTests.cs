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
    public async Task Analyst_signed_in_downloads_a_refused_file_marked_under_its_own_name()
    {
        // Signed in with the form (a cookie), as people are: a download does not carry the other tests' bearer header.
        const string password = "mat-khau-danh-dau-2026";
        await new ThiDua.Security.UserStore(app.DataSource, TimeProvider.System).AddAsync("danh-dau", ThiDua.Security.Role.Analyst, password);
        var page = await app.NewSignedOutPageAsync();
        await page.GotoAsync(app.BaseUrl + "/signin");
        await page.Locator("input[name=name]").FillAsync("danh-dau");
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("input[name=password]").PressAsync("Enter");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync($"{app.BaseUrl}/imports");
        await page.Locator("input[name=file]").SetInputFilesAsync(Csv("so-lieu-thang-8.csv",
            "Phong trào;Đơn vị;Chỉ tiêu;Kỳ;Giá trị\nBK2022;BK-TTBCXB;BK22-01;08/2022;mười hai\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Tải về tệp của bạn có tô đỏ các ô sai (Excel)" }).ClickAsync());

        download.SuggestedFilename.Should().Be("so-lieu-thang-8-danh-dau-loi.xlsx");
        using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(await download.PathAsync()));
        using var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        (await workbook.ReadToEndAsync()).Should().Contain("<sheet name=\"Số liệu thực hiện\"").And.Contain("<sheet name=\"Lỗi\"");
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

    [Fact]
    public async Task ImportIsUsableByKeyboardAlone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/imports");
        // The page the keyboard is in: the browser's other tabs (earlier tests') must not hold the window's focus, without
        // which Chromium opens no file chooser (once in a CI run, Space on the focused field opened none in 90 s).
        await page.BringToFrontAsync();

        await SignInBrowserTests.TabUntilAsync(page, "select[name=kind]");
        for (var i = 0; i < 20 && await page.Locator("select[name=kind]").InputValueAsync() != "measurements"; i++)
            await page.Keyboard.PressAsync("ArrowDown");
        (await page.Locator("select[name=kind]").InputValueAsync()).Should().Be("measurements", "the kind is chosen with the arrow keys");
        await SignInBrowserTests.TabUntilAsync(page, "input[name=file]");
        var chooser = await ChooseFileByKeyboardAsync(page);
        await chooser.SetFilesAsync(Csv("ban-phim.csv", "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;99\n"));
        await SignInBrowserTests.TabUntilAsync(page, "form.upload button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        // The check's outcome is a status message (role=status): read out by a screen reader, not only shown in green.
        var checkedNotice = page.Locator("main p.notice").First;
        await checkedNotice.WaitForAsync();
        (await checkedNotice.GetAttributeAsync("role")).Should().Be("status");
        (await checkedNotice.InnerTextAsync()).Should().Contain("kiểm tra thử");
        await SignInBrowserTests.TabUntilAsync(page, "form[action$='/confirm'] button", 60);
        await page.Keyboard.PressAsync("Enter");

        var done = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã nhập tệp" });
        await done.WaitForAsync();
        (await done.InnerTextAsync()).Should().Contain("ban-phim.csv");
    }

    // Space on the focused file field opens the chooser; pressed again, still on the field, if the first press opened
    // nothing on a loaded machine — as a person would — but never by a click.
    private static async Task<IFileChooser> ChooseFileByKeyboardAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            (await SignInBrowserTests.FocusedAsync(page, "input[name=file]")).Should().BeTrue("the file field keeps the keyboard's focus");
            try
            {
                return await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"), new() { Timeout = attempt < 3 ? 20_000 : 60_000 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
