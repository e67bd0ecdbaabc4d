using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// An analyst's first file: the /imports page shows the chosen kind's columns and its empty template; the template,
/// filled in as Excel leaves it (text typed into its text columns, a number into its number column), is accepted.
/// </summary>
public class ImportTemplatesPageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task The_import_page_opens_the_chosen_kinds_columns_and_links_its_templates()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);

        var chosen = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/imports?kind=targets"));
        var plain = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/imports"));

        chosen.Should().Contain("<option value=\"targets\" selected>Giao chỉ tiêu (targets.csv)</option>")
            .And.Contain("<details open><summary>Giao chỉ tiêu (targets.csv)</summary>")
            .And.Contain("<a href=\"/imports/templates/targets.xlsx\" download>")
            .And.Contain("<th scope=\"row\">Chỉ tiêu</th><td>bắt buộc</td>");
        plain.Should().Contain("<details open><summary>Số liệu thực hiện (measurements.csv)</summary>")
            .And.Contain("<details><summary>Giao chỉ tiêu (targets.csv)</summary>");
    }

    [Fact]
    public async Task A_filled_in_template_workbook_is_accepted_by_the_import()
    {
        var client = web.ClientWith(web.AnalystToken);
        var response = await client.GetAsync("/imports/templates/measurements.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("mau-measurements.xlsx");
        var filled = FillFirstRow(await response.Content.ReadAsByteArrayAsync(), "BK2022", "BK-TTBCXB", "BK22-01", "07/2022", 12m);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(filled);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "mau-measurements.xlsx");
        var import = await client.PostAsync("/api/imports/measurements?dryRun=true", form);

        var outcome = JsonNode.Parse(await import.Content.ReadAsStringAsync())!;
        import.StatusCode.Should().Be(HttpStatusCode.OK, outcome.ToJsonString());
        ((bool)outcome["accepted"]!).Should().BeTrue();
    }

    [Fact]
    public async Task A_viewer_gets_no_template_and_an_unknown_kind_is_not_found()
    {
        (await web.ClientWith(web.ViewerToken).GetAsync("/imports/templates/units.csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var analyst = web.ClientWith(web.AnalystToken);
        (await analyst.GetAsync("/imports/templates/bananas.xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var csv = await analyst.GetByteArrayAsync("/imports/templates/award_decisions.csv");
        System.Text.Encoding.UTF8.GetString(csv).Should().Be("\uFEFFPhong trào;Hình thức;Đơn vị;Quyết định;Số quyết định;Ngày quyết định;Ghi chú;Số phiếu đồng ý;Số thành viên Hội đồng\r\n",
            "the council's ballot is two optional columns after the first seven, which keep their order");
    }

    private static byte[] FillFirstRow(byte[] workbook, params object[] values)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var row = new Row { RowIndex = 2 };
            for (var i = 0; i < values.Length; i++)
            {
                var reference = $"{(char)('A' + i)}2";
                row.Append(values[i] is decimal d
                    ? new Cell { CellReference = reference, CellValue = new CellValue(d) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)values[i])) });
            }
            sheet.Worksheet.GetFirstChild<SheetData>()!.Append(row);
        }
        return stream.ToArray();
    }
}
