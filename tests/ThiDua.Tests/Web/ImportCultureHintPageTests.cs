using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// On the web, a number written the other culture's way points to what the web offers — the upload form's "Cách viết
/// số", the API's culture field — not to the CLI's --culture.
/// </summary>
public class ImportCultureHintPageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Csv = "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-02;2022-07;90.6\n";

    [Fact]
    public async Task The_import_page_names_its_number_choice()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");
        var content = SecurityRequests.Csv(Csv, antiforgery: af, kind: "measurements");
        content.Add(new StringContent("vi"), "culture");

        var html = WebUtility.HtmlDecode(await (await session.Client.PostAsync("/imports", content)).Content.ReadAsStringAsync());

        html.Should().Contain("'90.6' không rõ nghĩa (mơ hồ)").And.Contain("ở ô 'Cách viết số' chọn 'Tiếng Anh: 1,110,000 và 90.6' rồi kiểm tra lại tệp")
            .And.Contain("choose 'Tiếng Anh: 1,110,000 và 90.6' under 'Cách viết số'");
        html.Should().NotContain("--culture");
        html.Should().Contain("<option value=\"en\">Tiếng Anh: 1,110,000 và 90.6</option>", "the form under the errors offers what they name");
    }

    [Fact]
    public async Task The_import_api_names_its_culture_field()
    {
        using var client = web.ClientWith(web.AnalystToken);

        var response = await client.PostAsync("/api/imports/measurements?dryRun=true", SecurityRequests.Csv(Csv));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        ((string)error["message_vi"]!).Should().EndWith("gửi kèm trường culture=en.");
        ((string)error["message_en"]!).Should().EndWith("send the field culture=en.");
    }
}
