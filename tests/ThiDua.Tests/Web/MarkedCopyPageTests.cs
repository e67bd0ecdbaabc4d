using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Tests.Import.Marking;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// A file the /imports page refuses is offered back as a workbook with its wrong cells filled — a code the data does not
/// know as well as a value that is not a number — and that workbook, its red cells corrected, is accepted as it is.
/// </summary>
public partial class MarkedCopyPageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Refused = "Phong trào;Đơn vị;Chỉ tiêu;Kỳ;Giá trị\nBK2022;BK-KHONG-CO;BK22-01;07/2022;12\nBK2022;BK-TTBCXB;BK22-01;08/2022;mười hai\n";

    [Fact]
    public async Task A_refused_file_comes_back_marked_and_once_its_red_cells_are_corrected_it_is_accepted()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var page = await PostAsync(session, SecurityRequests.Csv(Refused, "thang-7.csv", await session.FormTokenAsync("/imports"), "measurements"));
        page.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        var link = MarkedLink().Match(page.Html);
        link.Success.Should().BeTrue(page.Html);
        page.Html.Should().Contain("Tải về tệp của bạn có tô đỏ các ô sai (Excel)");

        var download = await session.Client.GetAsync(link.Groups[1].Value);

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.FileName.Should().Be("thang-7-danh-dau-loi.xlsx");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var copy = MarkedWorkbook.Open(bytes);
        copy.FilledCells.Should().Equal("B2", "E3");
        copy.ErrorRows.Skip(1).Select(r => (r[0], r[2])).Should().Equal(("B2", "Đơn vị"), ("E3", "Giá trị"));

        var corrected = Correct(bytes, ("B2", "BK-TTBCXB"), ("E3", "12"));
        var again = await PostAsync(session, Xlsx(corrected, "thang-7-danh-dau-loi.xlsx", await session.FormTokenAsync("/imports")));
        again.Status.Should().Be(HttpStatusCode.OK, again.Html);
        again.Html.Should().Contain("hợp lệ").And.Contain("Nhập chính thức");
    }

    [Fact]
    public async Task A_file_with_unlikely_figures_comes_back_with_them_in_yellow_and_once_corrected_it_raises_no_warning()
    {
        // 19,1 % written "1.910": 100 times the stored 18,7 — valid, so checked, with its warnings and the copy offered.
        const string typo = "campaign;unit;indicator;period;value\nBK2022;BK-BCVT;BK22-06;2022-05;1.910\n";
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var page = await PostAsync(session, SecurityRequests.Csv(typo, "thang-5.csv", await session.FormTokenAsync("/imports"), "measurements"));
        page.Status.Should().Be(HttpStatusCode.OK, page.Html);
        page.Html.Should().Contain("Tải về tệp của bạn có tô vàng các số liệu bất thường (Excel)");

        var download = await session.Client.GetAsync(MarkedLink().Match(page.Html).Groups[1].Value);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        // Named for what it marks: no error, so not "…-danh-dau-loi" when the clerk sends it back to the unit.
        download.Content.Headers.ContentDisposition!.FileName.Should().Be("thang-5-danh-dau-canh-bao.xlsx");
        var copy = MarkedWorkbook.Open(bytes);
        copy.SheetNames.Should().Equal("Số liệu thực hiện", "Cảnh báo");
        copy.WarnedCells.Should().Equal("E2");
        copy.FilledCells.Should().BeEmpty();
        copy.WarningRows.Should().HaveCount(4, "the header and the figure's three warnings");
        copy.WarningRows.Skip(1).Should().OnlyContain(r => r[0] == "E2" && r[3] == "1910");
        var corrected = await PostAsync(session, Xlsx(Correct(bytes, ("E2", "19,1")), "thang-5-danh-dau-canh-bao.xlsx", await session.FormTokenAsync("/imports")));
        corrected.Status.Should().Be(HttpStatusCode.OK, corrected.Html);
        corrected.Html.Should().Contain("hợp lệ").And.NotContain("cảnh báo (kiểm tra thử").And.NotContain("tô vàng");
    }

    [Fact]
    public async Task Only_an_analyst_gets_the_marked_copy_and_a_file_without_a_wrong_cell_has_none()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var refused = await PostAsync(session, SecurityRequests.Csv(Refused, "a.csv", await session.FormTokenAsync("/imports"), "measurements"));
        var link = MarkedLink().Match(refused.Html).Groups[1].Value;

        (await web.ClientWith(web.ViewerToken).GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.Client.GetAsync("/imports/0123456789abcdef0123456789abcdef/marked.xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var empty = await PostAsync(session, SecurityRequests.Csv("Phong trào;Đơn vị;Chỉ tiêu;Kỳ;Giá trị\n", "b.csv", await session.FormTokenAsync("/imports"), "measurements"));
        empty.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        MarkedLink().IsMatch(empty.Html).Should().BeFalse("a file without data rows has no cell to mark");
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(BrowserSession session, MultipartFormDataContent content)
    {
        var response = await session.Client.PostAsync("/imports", content);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static MultipartFormDataContent Xlsx(byte[] bytes, string name, string antiforgery)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", name);
        content.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        content.Add(new StringContent("measurements"), "kind");
        return content;
    }

    // As an analyst types over a red cell in Excel: the new text replaces the old, the fill stays.
    private static byte[] Correct(byte[] workbook, params (string Cell, string Text)[] edits)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            foreach (var (reference, text) in edits)
            {
                var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text));
            }
        }
        return buffer.ToArray();
    }

    [GeneratedRegex("<a class=\"marked-copy\" href=\"(/imports/[0-9a-f]{32}/marked\\.xlsx)\" download>")]
    private static partial Regex MarkedLink();
}
