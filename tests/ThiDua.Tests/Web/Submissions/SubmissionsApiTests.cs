using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web.Submissions;

/// <summary>A portal that reminds units by message reads who owes which figure from the API, in the page's order.</summary>
public sealed class SubmissionsApiTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task The_API_lists_each_unit_to_report_with_its_state_and_what_it_owes()
    {
        (await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Targets, "campaign;indicator;unit;target\nBK2022;BK22-12;BK-CNTT;90\n")).Accepted.Should().BeTrue();
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync("/api/campaigns/BK2022/submissions?period=2022-06");
        var outside = await client.GetAsync("/api/campaigns/BK2022/submissions?period=2023-01");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var rows = JsonNode.Parse(body)!.AsArray();
        rows.Should().HaveCount(7);
        body.Should().Contain("{\"cluster\":\"BK-KHOI1\",\"kind\":\"collective\",\"unit\":\"BK-CNTT\",\"unit_name\":\"Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)\","
            + "\"expected\":4,\"reported\":3,\"state\":\"partial\",\"missing\":[{\"indicator\":\"BK22-12\",\"last_reported\":null}]}");
        rows.Where(r => (string)r!["unit"]! != "BK-CNTT").Should().OnlyContain(r => (string)r!["state"]! == "complete" && r["missing"]!.AsArray().Count == 0);
        outside.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a month outside the campaign, as on ranking and attainment");
    }
}
