using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>The audit trail: who changed what, when, from which file and line, newest first, paged, filtered.</summary>
public class AuditTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task An_analysts_web_import_appears_first_with_actor_file_and_line()
    {
        using var analyst = web.ClientWith(web.AnalystToken);
        var import = await analyst.PostAsync("/api/imports/measurements", SecurityRequests.Csv(
            "campaign;unit;indicator;period;value;note\nBK2022;BK-TTBCXB;BK22-01;2022-11;31;ghi chú kiểm toán\n", "kiem-toan.csv"));
        import.StatusCode.Should().Be(HttpStatusCode.OK);
        using var viewer = web.ClientWith(web.ViewerToken);

        var first = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?campaign=BK2022&limit=1"))!;

        var entry = first["entries"]![0]!;
        ((string)entry["actor"]!).Should().Be("analyst");
        ((string)entry["source_file"]!).Should().Be("kiem-toan.csv");
        ((int)entry["source_line"]!).Should().Be(2);
        ((string)entry["stream_id"]!).Should().Be("campaign-BK2022/unit-BK-TTBCXB");
        ((string)entry["data"]!["note"]!).Should().Be("ghi chú kiểm toán");
        var html = await viewer.GetStringAsync("/audit?campaign=BK2022&limit=1");
        html.Should().Contain("kiem-toan.csv, dòng 2").And.Contain("<td>analyst</td>").And.Contain("Trang sau");
    }

    [Fact]
    public async Task Pages_follow_each_other_newest_first_without_overlap()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var page1 = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?limit=3"))!;
        var next = (long)page1["next"]!;
        var page2 = JsonNode.Parse(await viewer.GetStringAsync($"/api/audit?limit=3&before={next}"))!;

        var seqs = page1["entries"]!.AsArray().Concat(page2["entries"]!.AsArray()).Select(e => (long)e!["seq"]!).ToList();
        seqs.Should().HaveCount(6).And.BeInDescendingOrder().And.OnlyHaveUniqueItems();
        seqs[0].Should().Be(await web.ScalarAsync("select max(seq) from es_events"));
    }

    [Fact]
    public async Task Unit_filter_keeps_only_that_units_streams()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var entries = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?unit=BK-TTBCXB&limit=500"))!["entries"]!.AsArray();

        entries.Should().NotBeEmpty();
        entries.Select(e => (string)e!["stream_id"]!).Should().OnlyContain(s => s == "unit-BK-TTBCXB" || s.EndsWith("/unit-BK-TTBCXB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=100000")]
    [InlineData("limit=abc")]
    [InlineData("before=x")]
    public async Task A_bad_limit_or_cursor_is_a_400(string query)
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        (await viewer.GetAsync("/api/audit?" + query)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_page_of_an_unknown_campaign_is_a_404_naming_it_not_an_empty_trail()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var response = await viewer.GetAsync("/audit?campaign=KHONG-CO");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Không có phong trào &#39;KHONG-CO&#39;").And.NotContain("Không có thay đổi nào");
    }

    [Fact]
    public async Task The_page_reads_in_names_and_vietnamese_numbers_with_the_raw_event_a_click_away()
    {
        using var analyst = web.ClientWith(web.AnalystToken);
        foreach (var value in new[] { "14", "1234,5" })
            (await analyst.PostAsync("/api/imports/measurements?acceptWarnings=true", SecurityRequests.Csv(
                $"campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;{value}\n", "doc-duoc.csv"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var (unitName, indicatorName) = await NamesAsync("BK-TTBCXB", "BK2022", "BK22-01");
        using var viewer = web.ClientWith(web.ViewerToken);

        var html = await viewer.GetStringAsync("/audit?campaign=BK2022&indicator=BK22-01&user=analyst&limit=1");

        html.Should().Contain("14 → 1.234,5").And.Contain("Sửa số liệu").And.Contain(unitName.Replace("&", "&amp;", StringComparison.Ordinal))
            .And.Contain(indicatorName.Replace("&", "&amp;", StringComparison.Ordinal)).And.Contain("tháng 12/2022").And.NotContain("campaign-BK2022/unit-");
        html.Should().MatchRegex(@"Trang 1/\d+: thay đổi thứ 1–1 trong \d+");
        var seq = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?campaign=BK2022&limit=1"))!["entries"]![0]!["seq"]!.GetValue<long>();
        html.Should().Contain($"href=\"/api/audit/events/{seq}\"");
        var raw = JsonNode.Parse(await viewer.GetStringAsync($"/api/audit/events/{seq}"))!;
        ((string)raw["type"]!).Should().Be("measurement_corrected");
        ((decimal)raw["data"]!["previousValue"]!).Should().Be(14m);
        ((decimal)raw["data"]!["value"]!).Should().Be(1234.5m);
        (await viewer.GetAsync("/api/audit/events/999999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_registration_names_its_award_form_by_its_vietnamese_name_with_the_code_on_hover()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var html = await viewer.GetStringAsync("/audit?campaign=KG2021&unit=KG-VP&limit=500");

        var row = html.Split("<tr").Single(r => r.Contains("Đăng ký thi đua", StringComparison.Ordinal) && r.Contains("KG21-GK-TT", StringComparison.Ordinal));
        row.Should().Contain("<span title=\"KG21-GK-TT\">Giấy khen của Giám đốc Sở (tập thể)</span>").And.Contain("đăng ký ngày 31/05/2021");
    }

    [Fact]
    public async Task Indicator_user_and_day_filters_keep_only_what_they_name()
    {
        using var viewer = web.ClientWith(web.ViewerToken);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byIndicator = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?campaign=BK2022&indicator=BK22-01&limit=500"))!["entries"]!.AsArray();
        var byUser = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?user=nobody-such&limit=500"))!["entries"]!.AsArray();
        var beforeToday = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?to=2000-01-01&limit=500"))!["entries"]!.AsArray();
        var fromToday = JsonNode.Parse(await viewer.GetStringAsync($"/api/audit?from={today}&to={today}&limit=5"))!["entries"]!.AsArray();

        byIndicator.Should().NotBeEmpty();
        byIndicator.Select(e => (string?)e!["data"]!["indicatorCode"]).Should().OnlyContain(c => c == "BK22-01");
        byUser.Should().BeEmpty();
        beforeToday.Should().BeEmpty();
        fromToday.Should().NotBeEmpty("the seed was recorded today");
        (await viewer.GetAsync("/api/audit?from=30/06/2022")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await viewer.GetStringAsync("/audit?user=nobody-such")).Should().Contain("Không có thay đổi nào");
    }

    private async Task<(string Unit, string Indicator)> NamesAsync(string unit, string campaign, string indicator)
    {
        await using var conn = await web.Runtime.DataSource.OpenConnectionAsync();
        var units = await ThiDua.Registry.RegistryQueries.UnitsAsync(conn);
        var indicators = await ThiDua.Registry.RegistryQueries.IndicatorsAsync(conn, campaign);
        return (units.Single(u => u.Code == unit).Name, indicators.Single(i => i.Code == indicator).Name);
    }
}
