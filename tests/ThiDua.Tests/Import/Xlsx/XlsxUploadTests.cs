using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ThiDua.Exports.Xlsx;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>The upload API and page take a workbook as they take a CSV.</summary>
public sealed partial class XlsxUploadTests(SeededWebApp web) : IClassFixture<SeededWebApp>
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

        html.Should().Contain(".xlsx").And.Contain("name=\"sheet\"");
    }

    [Fact]
    public async Task The_import_page_says_which_sheet_it_read_and_checks_another_without_a_new_upload()
    {
        using var session = new BrowserSession(web.App);
        session.Client.DefaultRequestHeaders.Authorization = web.Client.DefaultRequestHeaders.Authorization;
        var token = await session.FormTokenAsync("/imports");
        var form = Form(Book);
        form.Add(new StringContent("units"), "kind");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var first = await session.Client.PostAsync("/imports", form);
        var html = await first.Content.ReadAsStringAsync();
        first.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Đã đọc trang tính <strong>«Sheet1»</strong>").And.Contain("<option value=\"Sai\">Sai</option>");
        var id = SheetAction().Match(html).Groups[1].Value;
        id.Should().NotBeEmpty();

        using var other = await session.Client.PostAsync($"/imports/{id}/sheet", Fields(token, "Sai"));
        var refused = await other.Content.ReadAsStringAsync();
        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, refused);
        refused.Should().Contain("«Sai»").And.Contain("Sai!C2");

        // Refused on that sheet, the workbook is still there to go back to its good sheet and confirm it.
        using var back = await session.Client.PostAsync($"/imports/{id}/sheet", Fields(token, "Sheet1"));
        (await back.Content.ReadAsStringAsync()).Should().Contain($"/imports/{id}/confirm");
        using var confirm = await session.Client.PostAsync($"/imports/{id}/confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        (await confirm.Content.ReadAsStringAsync()).Should().Contain("Đã nhập tệp");
        using var again = await web.Client.PostAsync("/api/imports/units?dryRun=true", Form(Book));
        using var outcome = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        outcome.RootElement.GetProperty("unchanged").GetInt32().Should().Be(1, "the first sheet's unit was imported");
    }

    private static FormUrlEncodedContent Fields(string token, string sheet) =>
        new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["sheet"] = sheet });

    [System.Text.RegularExpressions.GeneratedRegex("action=\"/imports/([0-9a-f]{32})/sheet\"")]
    private static partial System.Text.RegularExpressions.Regex SheetAction();
}
