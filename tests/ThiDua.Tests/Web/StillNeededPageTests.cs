using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Formatting;

namespace ThiDua.Tests.Web;

/// <summary>
/// A unit's page before the campaign's last month says what each indicator still needs ("Để hoàn thành chỉ tiêu đến
/// …"). Checked on the seed's Sở TT&amp;TT campaign (March–October 2021) against the attainment API's actual and target
/// at the same month: the page's own figures are never the oracle.
/// </summary>
public sealed class StillNeededPageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Campaign = "LS2021-TTTT", Unit = "LS-TTBCXB";

    private async Task<JsonNode> RowAsync(string period, string indicator) =>
        JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/attainment?period={period}"))!.AsArray()
            .Single(r => (string)r!["unit"]! == Unit && (string)r["indicator"]! == indicator)!;

    [Fact]
    public async Task In_June_the_news_items_left_of_the_year_are_the_target_less_what_was_published_over_four_months()
    {
        var row = await RowAsync("2021-06", "LT-TIN");
        var actual = row["actual"]?.GetValue<decimal>() ?? 0m;
        var target = row["target"]!.GetValue<decimal>();
        actual.Should().BeLessThan(target, "the seed's unit is short of its 120 items in June");

        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/{Unit}?period=2021-06"));

        html.Should().Contain("Để hoàn thành chỉ tiêu đến tháng 10/2021").And.Contain("Còn 4 tháng sau tháng 06/2021");
        var more = target - actual;
        html.Should().Contain($"Cần thêm {VietnameseNumber.Format(more)} tin, bài trong 4 tháng còn lại{PerMonth(more)}");
    }

    [Fact]
    public async Task The_indicators_page_says_for_every_unit_what_is_left_of_its_news_items()
    {
        var rows = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/attainment?period=2021-06"))!.AsArray()
            .Where(r => (string)r!["indicator"]! == "LT-TIN").ToList();
        rows.Should().HaveCountGreaterThan(2);

        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/indicators/LT-TIN?period=2021-06"));

        html.Should().Contain("Cần làm đến tháng 10/2021");
        foreach (var row in rows)
        {
            var (actual, target) = (row!["actual"]?.GetValue<decimal>() ?? 0m, row["target"]!.GetValue<decimal>());
            var words = actual >= target ? $"Đã đạt chỉ tiêu cả kỳ (hiện {VietnameseNumber.Format(actual)} tin, bài)"
                : $"Cần thêm {VietnameseNumber.Format(target - actual)} tin, bài trong 4 tháng còn lại{PerMonth(target - actual)}";
            html.Should().MatchRegex($"{System.Text.RegularExpressions.Regex.Escape((string)row["unit"]!)}(?:(?!</tr>).)*{System.Text.RegularExpressions.Regex.Escape(words)}");
        }
        WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/indicators/LT-TIN?period=2021-10"))
            .Should().NotContain("Cần làm đến");
    }

    // News items are counted whole: 78 in 4 months is "hơn 19" a month, 3 in 4 months has no monthly figure.
    private static string PerMonth(decimal more) =>
        more % 4 == 0 ? $" (bình quân {VietnameseNumber.Format(more / 4)} tin, bài mỗi tháng)"
        : more < 4 ? ""
        : $" (bình quân hơn {VietnameseNumber.Format(decimal.Floor(more / 4))} tin, bài mỗi tháng)";

    [Fact]
    public async Task The_api_gives_the_pages_words_with_the_figures_the_attainment_api_implies()
    {
        var row = await RowAsync("2021-06", "LT-TIN");
        var page = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/{Unit}?period=2021-06"));

        var answer = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/units/{Unit}/still-needed?period=2021-06"))!;

        ((string)answer["last_month"]!).Should().Be("2021-10");
        var items = answer["items"]!.AsArray();
        items.Should().NotBeEmpty().And.OnlyContain(i => page.Contains($">{(string)i!["words"]!}</td>"), "each item says what the page says");
        var news = items.Single(i => (string)i!["indicator"]! == "LT-TIN")!;
        ((string)news["kind"]!).Should().Be("more_in_all");
        ((int)news["months_left"]!).Should().Be(4);
        news["amount"]!.GetValue<decimal>().Should().Be(row["target"]!.GetValue<decimal>() - (row["actual"]?.GetValue<decimal>() ?? 0m));

        var october = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/{Campaign}/units/{Unit}/still-needed?period=2021-10"))!;
        october["items"]!.AsArray().Should().BeEmpty("nothing is left at the campaign's last month");
        var unknown = await web.Client.GetAsync($"/api/campaigns/{Campaign}/units/LS-TTBCX/still-needed");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("LS-TTBCXB");
    }

    [Fact]
    public async Task The_ratios_calculation_page_says_the_same_as_the_units_page()
    {
        var unitPage = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/{Unit}?period=2021-06"));
        var calculation = WebUtility.HtmlDecode(await web.Client.GetStringAsync(
            $"/campaigns/{Campaign}/units/{Unit}/indicators/LT-TIN/provenance?period=2021-06"));

        var sentence = System.Text.RegularExpressions.Regex.Match(unitPage, "Cần thêm [^<]+").Value;
        sentence.Should().NotBeEmpty();
        calculation.Should().Contain("Để hoàn thành đến tháng 10/2021").And.Contain(sentence);
    }

    [Fact]
    public async Task A_task_due_in_September_says_its_deadline_until_it_is_delivered()
    {
        var row = await RowAsync("2021-06", "LT-NV-TTCS");
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/{Unit}?period=2021-06"));

        html.Should().Contain(row["actual"]?.GetValue<decimal>() == 1m
            ? "Đã hoàn thành đúng hạn"
            : "Hoàn thành trong tháng 09/2021 hoặc sớm hơn");
    }

    [Fact]
    public async Task At_the_campaigns_last_month_nothing_is_left_and_the_section_is_gone()
    {
        var html = await web.Client.GetStringAsync($"/campaigns/{Campaign}/units/{Unit}?period=2021-10");
        html.Should().Contain("Chỉ tiêu được giao").And.NotContain("Để hoàn thành chỉ tiêu đến");
    }
}
