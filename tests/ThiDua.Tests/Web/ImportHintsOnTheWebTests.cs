using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// An import's way out is named in the words of the place its reader has: the upload page's own tick box, the API's
/// field, the campaign page — a clerk on /imports was told to import again "with --accept-warnings".
/// </summary>
public class ImportHintsOnTheWebTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task A_look_alike_code_on_the_import_page_says_to_tick_the_warnings_box()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");
        var content = SecurityRequests.Csv("code;name;kind;parent;cluster\nbk-sttttt;Phòng thử;collective;;\nbk-stttt;Phòng thử hai;collective;;\n",
            antiforgery: af, kind: "units");

        var html = WebUtility.HtmlDecode(await (await session.Client.PostAsync("/imports", content)).Content.ReadAsStringAsync());

        html.Should().Contain("trông giống mã đã có 'BK-STTTT'").And.Contain("đánh dấu ô 'Tôi đã kiểm tra các cảnh báo' rồi nhập");
        html.Should().NotContain("--accept-warnings");
    }

    [Fact]
    public async Task An_award_decision_before_the_close_through_the_api_points_to_the_campaign_page_not_the_cli()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var csv = "campaign;form;unit;decision;reference;date;note\nBK2021-BAUCU;BK21-BK-UB;BK-STTTT;approved;1/QĐ-UBND;2021-06-18;\n";

        var response = await client.PostAsync("/api/imports/award_decisions?dryRun=true", SecurityRequests.Csv(csv));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, body);
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        ((string)error["message_vi"]!).Should().EndWith("— chốt số liệu đến hết tháng 05/2021 ở mục 'Chốt số liệu' của trang /campaigns/BK2021-BAUCU trước.")
            .And.NotContain("thidua periods");
        ((string)error["message_en"]!).Should().EndWith("— close the months up to 2021-05 in the 'Chốt số liệu' section of /campaigns/BK2021-BAUCU first.");
    }
}
