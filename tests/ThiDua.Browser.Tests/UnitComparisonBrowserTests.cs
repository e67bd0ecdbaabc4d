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

    [Fact]
    public async Task A_unit_without_a_place_that_month_gets_a_note_where_the_score_chart_would_be()
    {
        var page = await app.NewPageAsync(1280);
        await page.GotoAsync(app.BaseUrl + "/campaigns/LS2021/compare?units=LS-BGD-01&period=2021-10");

        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Điểm thi đua từng tháng" });
        (await heading.IsVisibleAsync()).Should().BeTrue("the reader finds where the chart would be");
        var note = page.Locator("h2:has-text('Điểm thi đua từng tháng') + p.notice");
        (await note.IsVisibleAsync()).Should().BeTrue();
        (await note.InnerTextAsync()).Should().Be("Không vẽ biểu đồ điểm: tháng 10/2021 đơn vị đã chọn không có hạng, điểm trong cụm, khối (xem ghi chú dưới tên từng đơn vị).");
        (await page.Locator("svg").CountAsync()).Should().Be(0);
        (await page.Locator("table").First.Locator("thead th").Last.InnerTextAsync()).Should().Contain("chưa được giao chỉ tiêu", "the note's pointer leads there");
    }

    // Six units of different cụm, collectives and people, some without targets: the widest comparison there is.
    private const string Six = "/campaigns/LS2021/compare?units=LS-CHILANG,LS-VANLANG,LS-SYT,LS-CHILANG-01,LS-BGD-01,LS-STTTT&period=2021-10";

    [Fact]
    public async Task Printed_on_A4_six_units_fit_the_page_and_the_form_is_left_off()
    {
        var page = await app.NewPageAsync(1280);
        await page.GotoAsync(app.BaseUrl + Six);
        // As Ctrl+P lays it out: print styles, the width of A4 inside the page's margins (210 − 2 × 12 mm ≈ 703 px).
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(703, 1000);

        var cut = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.table-wrap')]"
            + ".filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.querySelector('caption')?.textContent + ': ' + w.scrollWidth + ' > ' + w.clientWidth)");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var path = Path.Combine(BrowserApp.ScreenshotDirectory, "print-compare-six.pdf");
        await File.WriteAllBytesAsync(path, pdf);

        (await page.Locator("table.compare").CountAsync()).Should().Be(2);
        cut.Should().BeEmpty($"no table is cut off at the page's edge on paper (see {path})");
        (await page.Locator("form.filters").IsVisibleAsync()).Should().BeFalse("the pickers are not printed, as on the other pages");
        (await page.Locator("table.compare").First.InnerTextAsync()).Should().Contain("Sở Thông tin và Truyền thông tỉnh Lạng Sơn");
    }
}
