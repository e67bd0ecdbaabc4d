using System.Net;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// The upload page says what it takes — a CSV file or an Excel workbook — in its heading and when no file was sent;
/// it said "CSV" alone though the form takes .xlsx too.
/// </summary>
public class ImportPageHeadingTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task The_import_page_heading_names_csv_and_excel_files()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);

        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/imports"));

        html.Should().Contain("<h1>Nhập số liệu từ tệp CSV hoặc Excel (.xlsx)</h1>")
            .And.Contain("<title>Nhập số liệu từ tệp CSV hoặc Excel (.xlsx) — ThiDua</title>");
        html.Should().Contain("accept=\".csv,text/csv,.xlsx,", "the form takes what the heading says");
    }

    [Fact]
    public async Task An_upload_without_a_file_says_to_choose_a_csv_or_excel_file_in_both_languages()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv("", antiforgery: af, kind: "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.Should().Contain("Chưa có tệp nào được gửi: trên trang /imports chọn một tệp CSV hoặc Excel (.xlsx) rồi bấm 'Kiểm tra tệp'")
            .And.Contain("no file was sent: on the page /imports choose a CSV or Excel (.xlsx) file, then press 'Kiểm tra tệp'.");
    }
}
