using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Web.Comparing;

/// <summary>The seed with UBND huyện Văn Lãng merged into UBND huyện Chi Lăng from August 2021 (units.csv ended, merged_into).</summary>
public sealed class MergedDistrictWebApp : SeededWebApp
{
    protected override Task Prepare(ThiDuaRuntime runtime) => ImportAccepted(runtime, ImportKind.Units,
        "code;name;kind;parent;cluster;ended;merged_into\nLS-VANLANG;UBND huyện Văn Lãng;collective;;LS-KHOI-HUYEN;08/2021;LS-CHILANG\n");
}

/// <summary>
/// So sánh đơn vị as a clerk meets a district merged away and a person given no targets: each column says why it is
/// empty, and the page does not call the merged district's indicators "never assigned".
/// </summary>
public sealed class UnitComparisonEndedUnitTests(MergedDistrictWebApp web) : IClassFixture<MergedDistrictWebApp>
{
    private const string Ended = "ngừng hoạt động từ tháng 08/2021, sáp nhập vào UBND huyện Chi Lăng";

    [Fact]
    public async Task A_merged_unit_and_one_without_targets_each_say_why_their_column_is_empty()
    {
        // The premises, from the campaign's own APIs: neither has an attainment row in October, Văn Lãng had in July.
        var october = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/LS2021/attainment?period=2021-10"))!.AsArray();
        var july = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/LS2021/attainment?period=2021-07"))!.AsArray();
        october.Select(a => (string)a!["unit"]!).Should().NotContain(["LS-VANLANG", "LS-BGD-01"]);
        july.Select(a => (string)a!["unit"]!).Should().Contain("LS-VANLANG").And.NotContain("LS-BGD-01");

        var page = await web.Client.GetStringAsync("/campaigns/LS2021/compare?units=LS-VANLANG,LS-BGD-01&period=2021-10");

        page.Should().NotContain("chưa được giao chỉ tiêu nào", "Văn Lãng had its targets: it ended")
            .And.Contain("Tháng 10/2021 không có chỉ tiêu nào được tính cho các đơn vị đã chọn");
        page.Should().Contain($"<small>{Ended}</small>").And.Contain("<small>chưa được giao chỉ tiêu</small>");
        page.Should().Contain($"UBND huyện Văn Lãng ({Ended})</option>", "the picker names the unit that took it over, as the other pickers do");
        page.Should().Contain("<td>Tập thể</td><td>Cá nhân</td>");
        (await web.Client.GetAsync("/campaigns/LS2021/compare?units=LS-VANLANG&period=2021-07")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task When_no_chosen_unit_has_a_place_that_month_the_page_says_why_there_is_no_score_chart()
    {
        // The premise, from the API: neither has a place in October (merged away; no targets).
        var answer = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/LS2021/compare?units=LS-VANLANG,LS-BGD-01&period=2021-10"))!;
        answer["units"]!.AsArray().Should().OnlyContain(u => u!["place"] == null);

        var both = await web.Client.GetStringAsync("/campaigns/LS2021/compare?units=LS-VANLANG,LS-BGD-01&period=2021-10");
        var one = await web.Client.GetStringAsync("/campaigns/LS2021/compare?units=LS-BGD-01&period=2021-10");
        var july = await web.Client.GetStringAsync("/campaigns/LS2021/compare?units=LS-VANLANG,LS-BGD-01&period=2021-07");

        both.Should().Contain("<h2>Điểm thi đua từng tháng</h2><p class=\"notice\">Không vẽ biểu đồ điểm: tháng 10/2021 không đơn vị nào đã chọn có hạng, điểm trong cụm, khối (xem ghi chú dưới tên từng đơn vị).</p>")
            .And.NotContain("<svg");
        one.Should().Contain("Không vẽ biểu đồ điểm: tháng 10/2021 đơn vị đã chọn không có hạng, điểm trong cụm, khối");
        july.Should().Contain("<svg", "in July Văn Lãng had its place: the chart, no note").And.NotContain("Không vẽ biểu đồ điểm");
    }
}
