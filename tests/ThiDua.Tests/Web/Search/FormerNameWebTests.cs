using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Tests.Web.Search;

/// <summary>
/// A clerk still types the department's old name after the restructuring: /api/search lists the unit with its name now
/// and the old one (formerName, formerNameUntil), the page says "tên trước đây: … (đến tháng MM/yyyy)", and as of a time
/// before the rename both show the name it had then.
/// </summary>
public sealed class FormerNameWebTests(RenamedUnitWebApp web) : IClassFixture<RenamedUnitWebApp>
{
    private static string Query => Uri.EscapeDataString(SearchFolding.Fold(RenamedUnitWebApp.Old));

    [Fact]
    public async Task The_api_lists_the_unit_found_by_its_old_name_with_its_name_now_and_the_old_one()
    {
        var renamed = await web.RenamedAtAsync();

        var body = JsonNode.Parse(await web.Client.GetStringAsync("/api/search?kind=unit&q=" + Query))!;
        var chiLang = JsonNode.Parse(await web.Client.GetStringAsync("/api/search?kind=unit&q=chi+lang"))!;

        var item = body["units"]!["items"]!.AsArray().Single(i => (string)i!["code"]! == RenamedUnitWebApp.Code)!;
        ((string)item["name"]!).Should().Be(RenamedUnitWebApp.New);
        ((string)item["formerName"]!).Should().Be(RenamedUnitWebApp.Old);
        DateTimeOffset.Parse((string)item["formerNameUntil"]!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(renamed);
        chiLang["units"]!["items"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(i => i!["formerName"] == null && i["formerNameUntil"] == null,
            "units found by their name now carry no former name");
    }

    [Fact]
    public async Task As_of_before_the_rename_the_api_and_the_page_show_the_name_it_had_then()
    {
        var before = Uri.EscapeDataString(VietnameseDates.Iso(await web.BeforeRenameAsync()));

        var body = JsonNode.Parse(await web.Client.GetStringAsync($"/api/search?kind=unit&q={Query}&asOf={before}"))!;
        var html = await web.Client.GetStringAsync($"/search?q={Query}&asOf={before}");

        var item = body["units"]!["items"]!.AsArray().Single(i => (string)i!["code"]! == RenamedUnitWebApp.Code)!;
        ((string)item["name"]!).Should().Be(RenamedUnitWebApp.Old);
        item["formerName"].Should().BeNull();
        html.Should().Contain($"<a href=\"/units/{RenamedUnitWebApp.Code}\">{ThiDua.Web.Html.Html.Encode(RenamedUnitWebApp.Old)}</a>").And.NotContain("tên trước đây");
        html.Should().Contain("name=\"asOf\"").And.Contain("tên đơn vị tính đến");
    }

    [Fact]
    public async Task The_page_says_the_old_name_and_until_when()
    {
        var renamed = await web.RenamedAtAsync();
        var month = VietnameseDates.Month(YearMonth.Of(DateOnly.FromDateTime(renamed.ToOffset(ThiDua.Reports.ReportCutOff.VietnamOffset).DateTime)));

        var html = await web.Client.GetStringAsync("/search?q=" + Query);

        html.Should().Contain($"<a href=\"/units/{RenamedUnitWebApp.Code}\">{ThiDua.Web.Html.Html.Encode(RenamedUnitWebApp.New)}</a>")
            .And.Contain($"tên trước đây: {ThiDua.Web.Html.Html.Encode(RenamedUnitWebApp.Old)} (đến {month})");
    }

    [Theory]
    [InlineData("/api/search?q=a&asOf=05/07/2024")]
    [InlineData("/search?q=a&asOf=hôm+qua")]
    public async Task A_bad_as_of_is_a_400_saying_what_to_write_in_both_languages(string url)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("asOf").And.Contain(" / ");
    }
}
