using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Web.Comparing;

/// <summary>
/// So sánh đơn vị: a leader asks how three districts of different cụm stand against each other. The comparison's rows
/// are checked against the campaign's own ranking and attainment APIs at the same month, never against its own output.
/// </summary>
public sealed class UnitComparisonTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Campaign = "LS2021", Period = "2021-10";

    [Fact]
    public async Task Each_units_place_and_indicator_rows_are_the_campaigns_own_ranking_and_attainment_rows()
    {
        var ranking = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/ranking?period={Period}"))!.AsArray();
        var attainment = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/attainment?period={Period}"))!.AsArray();
        // One unit from each of the first clusters, and the last ranked: units of different cụm, khối.
        var units = ranking.GroupBy(r => (string?)r!["cluster"]).Select(g => (string)g.First()!["unit"]!).Take(2)
            .Append((string)ranking[^1]!["unit"]!).Distinct().ToList();
        units.Should().HaveCountGreaterThan(2);

        var answer = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/compare?units={string.Join(',', units)}&period={Period}"))!;

        ((string)answer["period"]!).Should().Be(Period);
        answer["units"]!.AsArray().Select(u => (string)u!["unit"]!).Should().Equal(units);
        foreach (var u in answer["units"]!.AsArray())
            JsonNode.DeepEquals(u!["place"], ranking.Single(r => (string)r!["unit"]! == (string)u["unit"]!)).Should().BeTrue();
        var theirs = attainment.Where(a => units.Contains((string)a!["unit"]!)).ToList();
        var indicators = answer["indicators"]!.AsArray();
        indicators.Select(i => (string)i!["indicator"]!).Should().BeEquivalentTo(theirs.Select(a => (string)a!["indicator"]!).Distinct());
        foreach (var i in indicators)
        {
            var rows = i!["rows"]!.AsArray();
            for (var n = 0; n < units.Count; n++)
            {
                var expected = theirs.SingleOrDefault(a => (string)a!["unit"]! == units[n] && (string)a["indicator"]! == (string)i["indicator"]!);
                JsonNode.DeepEquals(rows[n], expected).Should().BeTrue($"{units[n]} × {i["indicator"]}");
            }
            var ratios = rows.Where(r => r?["ratio"] is not null).Select(r => (Unit: (string)r!["unit"]!, Ratio: r["ratio"]!.GetValue<decimal>())).ToList();
            var alike = ratios.Count < 2 || ratios.All(r => r.Ratio == ratios[0].Ratio);
            var best = alike ? [] : ratios.Where(r => r.Ratio == ratios.Max(x => x.Ratio)).Select(r => r.Unit).ToList();
            i["best"]!.AsArray().Select(b => (string)b!).Should().Equal(best);
        }
    }

    [Fact]
    public async Task As_of_a_time_the_comparison_is_the_campaigns_rows_as_they_stood_then()
    {
        var url = $"/api/campaigns/{Campaign}/compare?units=LS-CHILANG,LS-VANLANG&period={Period}";
        var before = JsonNode.Parse(await web.Client.GetStringAsync(url))!;
        var row = before["indicators"]![0]!["rows"]![0]!;
        var asOf = Uri.EscapeDataString(ThiDua.Formatting.VietnameseDates.Iso(DateTimeOffset.UtcNow));
        await Task.Delay(1100); // the instant asked is to the second
        var corrected = await ThiDua.Tests.Infrastructure.ProductDatabase.ImportAsync(web.Runtime, ThiDua.Import.Parsing.ImportKind.Measurements,
            $"campaign;unit;indicator;period;value\n{Campaign};LS-CHILANG;{row["indicator"]};{Period};{(row["actual"]!.GetValue<decimal>() + 7).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')}\n", acceptWarnings: true);
        corrected.Accepted.Should().BeTrue(string.Join("; ", corrected.Errors));

        var then = JsonNode.Parse(await web.Client.GetStringAsync(url + "&asOf=" + asOf))!;
        var now = JsonNode.Parse(await web.Client.GetStringAsync(url))!;

        JsonNode.DeepEquals(then, before).Should().BeTrue("as of before the correction, the rows as they stood");
        JsonNode.DeepEquals(now["indicators"]![0]!["rows"]![0], row).Should().BeFalse("now, the corrected figure");
        var ranking = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/ranking?period={Period}&asOf={asOf}"))!.AsArray();
        JsonNode.DeepEquals(then["units"]![0]!["place"], ranking.Single(r => (string)r!["unit"]! == "LS-CHILANG")).Should().BeTrue();
    }

    [Fact]
    public async Task Repeated_values_and_one_comma_list_choose_the_same_units_blanks_and_repeats_dropped()
    {
        var list = await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/compare?units=LS-CHILANG,LS-VANLANG&period={Period}");
        var repeated = await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/compare?units=LS-CHILANG&units=&units=LS-VANLANG&units=LS-CHILANG&period={Period}");

        JsonNode.DeepEquals(JsonNode.Parse(list), JsonNode.Parse(repeated)).Should().BeTrue();
    }

    [Theory]
    [InlineData("units=LS-CHILAN", HttpStatusCode.NotFound, "Có phải 'LS-CHILANG'? / Did you mean 'LS-CHILANG'?")]
    [InlineData("units=", HttpStatusCode.BadRequest, "choose at least one unit")]
    [InlineData("units=A,B,C,D,E,F,G", HttpStatusCode.NotFound, "unit 'A' does not exist")]
    public async Task A_choice_that_cannot_be_compared_is_refused_in_both_languages(string query, HttpStatusCode status, string says)
    {
        var response = await web.Client.GetAsync($"/api/campaigns/{Campaign}/compare?{query}");

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(says);
    }

    [Fact]
    public async Task Seven_units_are_one_too_many()
    {
        var seven = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/ranking?period={Period}"))!.AsArray()
            .Select(r => (string)r!["unit"]!).Take(7).ToList();

        var response = await web.Client.GetAsync($"/api/campaigns/{Campaign}/compare?units={string.Join(',', seven)}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Chọn tối đa 6 đơn vị để so sánh (đã chọn 7)").And.Contain("choose at most 6 units");
    }

    [Fact]
    public async Task The_page_sets_the_units_side_by_side_with_the_highest_ratio_of_each_row_in_bold()
    {
        var query = $"units=LS-CHILANG,LS-VANLANG&period={Period}";
        var api = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/compare?{query}"))!;

        var page = await web.Client.GetStringAsync($"/campaigns/{Campaign}/compare?{query}");

        page.Should().Contain("So sánh đơn vị").And.Contain("Điểm thi đua từng tháng").And.Contain("<svg");
        page.IndexOf("UBND huyện Chi Lăng</a></th>", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("UBND huyện Văn Lãng</a></th>", StringComparison.Ordinal));
        Selected(page).Should().Equal("LS-CHILANG", "LS-VANLANG", ""); // and one empty picker more
        var bests = api["indicators"]!.AsArray().Sum(i => i!["best"]!.AsArray().Count);
        bests.Should().BePositive();
        // Both at 100 % on one indicator: neither is "the highest".
        var alike = api["indicators"]!.AsArray().Where(i => i!["rows"]!.AsArray().Select(r => r?["ratio"]?.GetValue<decimal>()).Distinct().Count() == 1).ToList();
        alike.Should().NotBeEmpty().And.OnlyContain(i => i!["best"]!.AsArray().Count == 0);
        System.Text.RegularExpressions.Regex.Matches(page, "\\(cao nhất\\)").Count.Should().Be(bests);
        foreach (var u in api["units"]!.AsArray())
            page.Should().Contain($"<td class=\"num\">{ThiDua.Formatting.VietnameseNumber.FormatFixed(u!["place"]!["score"]!.GetValue<decimal>(), 2)}</td>");
    }

    [Fact]
    public async Task A_units_page_leads_to_the_comparison_with_that_unit_chosen()
    {
        var unitPage = await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/LS-CHILANG?period={Period}");
        var link = System.Text.RegularExpressions.Regex.Match(unitPage, "href=\"(/campaigns/LS2021/compare[^\"]*)\"[^>]*>So sánh với đơn vị khác").Groups[1].Value;
        link.Should().Be($"/campaigns/{Campaign}/compare?units=LS-CHILANG&period={Period}");

        var page = await web.Client.GetStringAsync(link);

        Selected(page).Should().Equal("LS-CHILANG", "");
        page.Should().Contain("Chọn từ 2 đến 6 đơn vị");
        (await web.Client.GetAsync($"/campaigns/{Campaign}/compare?units=LS-NOPE")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    // The value selected in each unit picker, in order ("" for an empty one).
    private static List<string> Selected(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<select name=\"units\">(.*?)</select>").Select(m =>
            System.Text.RegularExpressions.Regex.Match(m.Groups[1].Value, "<option value=\"([^\"]*)\" selected>") is { Success: true } s ? s.Groups[1].Value : "").ToList();
}
