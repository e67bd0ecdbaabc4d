using System.Net;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Web;

/// <summary>A campaign imported before its targets: its ranking and its tree say what is missing and where to add it.</summary>
public sealed class CampaignWithoutTargetsTests(CampaignWithoutTargetsTests.NewCampaign web) : IClassFixture<CampaignWithoutTargetsTests.NewCampaign>
{
    public sealed class NewCampaign : SeededWebApp
    {
        protected override async Task Prepare(ThiDuaRuntime runtime)
        {
            var outcome = await ImportAsync(runtime, ImportKind.Campaigns,
                "code;name;kind;start;end;registration_deadline;midterm_review;final_review;dossier_deadline;score_cap\n"
                + "MOI2023;Phong trào thi đua năm 2023;annual;2023-01-01;2023-12-31;;;2023-12;;\n");
            outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        }
    }

    [Theory]
    [InlineData("/campaigns/MOI2023")]
    [InlineData("/campaigns/MOI2023/tree")]
    public async Task Its_pages_say_no_unit_has_targets_yet_and_link_to_importing_targets_csv(string url)
    {
        var response = await web.Client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().ContainEquivalentOf("chưa có đơn vị nào được giao chỉ tiêu").And.Contain("<a href=\"/imports?kind=targets\">nhập tệp targets.csv</a>");
    }
}
