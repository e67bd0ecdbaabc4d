using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ThiDua.Exports.Xlsx;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>The upload API and page take a workbook as they take a CSV.</summary>
public sealed class XlsxUploadTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private static MultipartFormDataContent Form(byte[] workbook, string? sheet = null)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxWorkbookWriter.ContentType);
        var form = new MultipartFormDataContent { { file, "file", "don-vi.xlsx" } };
        if (sheet is not null) form.Add(new StringContent(sheet), "sheet");
        return form;
    }

    private static readonly byte[] Book = XlsxWorkbookWriter.ToBytes(
    [
        new XlsxSheet("Sheet1", [new XlsxColumn("code"), new XlsxColumn("name"), new XlsxColumn("kind")], [["UP-1", "Phòng Một", "collective"]]),
        new XlsxSheet("Sai", [new XlsxColumn("code"), new XlsxColumn("name"), new XlsxColumn("kind")], [["UP-2", "Phòng Hai", "nhóm"]]),
    ]);

    [Fact]
    public async Task The_api_dry_runs_a_workbooks_first_sheet_and_names_the_cell_of_an_error_on_another()
    {
        using var ok = await web.Client.PostAsync("/api/imports/units?dryRun=true", Form(Book));
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        using var outcome = JsonDocument.Parse(await ok.Content.ReadAsStringAsync());
        outcome.RootElement.GetProperty("rows").GetInt32().Should().Be(1);

        using var bad = await web.Client.PostAsync("/api/imports/units?dryRun=true", Form(Book, sheet: "Sai"));
        bad.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("\"column\":\"Sai!C2 (kind)\"");
    }

    [Fact]
    public async Task The_import_page_offers_xlsx()
    {
        var html = await web.Client.GetStringAsync("/imports");

        html.Should().Contain(".xlsx").And.Contain("trang tính đầu tiên");
    }
}
