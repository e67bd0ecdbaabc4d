using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Periods;

namespace ThiDua.Tests.Web;

public class WebApiTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Campaign = "BK2022";

    [Fact]
    public async Task Campaign_list_names_every_seed_campaign_with_its_months()
    {
        var campaigns = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns"))!.AsArray();

        campaigns.Select(c => (string)c!["code"]!).Should().Equal("BK2021-BAUCU", "BK2022", "KG2021", "LS2021", "LS2021-TTTT");
        var bk = campaigns.Single(c => (string)c!["code"]! == Campaign)!;
        ((int)bk["months"]!).Should().Be(12);
        ((string)bk["kind"]!).Should().Be("annual");
        ((string)bk["start"]!).Should().Be("2022-01-01");
    }

    [Fact]
    public async Task Ranking_json_is_the_rows_the_analytics_compute()
    {
        var expected = await web.Runtime.Analytics.RankingAsync(Campaign, YearMonth.Parse("2022-06"), null);
        await ShouldEqualAsync("/api/campaigns/BK2022/ranking?period=2022-06", expected.Rows);
    }

    [Fact]
    public async Task Attainment_json_is_the_rows_the_analytics_compute()
    {
        var expected = await web.Runtime.Analytics.AttainmentAsync(Campaign, null, null);
        await ShouldEqualAsync("/api/campaigns/BK2022/attainment", expected.Rows);
    }

    [Fact]
    public async Task Awards_json_is_the_rows_the_analytics_compute()
    {
        var expected = await web.Runtime.Analytics.AwardsAsync(Campaign, null);
        await ShouldEqualAsync("/api/campaigns/BK2022/awards", expected.Rows);
    }

    [Fact]
    public async Task As_of_before_any_import_is_read_as_vietnam_time_and_rejects_the_unknown_campaign()
    {
        var response = await web.Client.GetAsync("/api/campaigns/BK2022/ranking?asOf=2000-01-01T08:00");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_campaign_is_a_404_problem_with_a_bilingual_message()
    {
        var response = await web.Client.GetAsync("/api/campaigns/NO-SUCH/ranking");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Contain("Không có phong trào").And.Contain("does not exist").And.Contain("/api/campaigns", "an API client is pointed to the API's list");
    }

    [Theory]
    [InlineData("bk2022", "BK2022")] // the code in other letter case
    [InlineData("BK2O22", "BK2022")] // one letter typed wrong
    public async Task An_unknown_campaign_one_letter_from_a_stored_one_is_answered_with_that_code(string asked, string stored)
    {
        var api = await web.Client.GetAsync($"/api/campaigns/{asked}/ranking");
        var page = await web.Client.GetAsync($"/campaigns/{asked}");

        api.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string)JsonNode.Parse(await api.Content.ReadAsStringAsync())!["detail"]!).Should().EndWith($"Có phải '{stored}'? / Did you mean '{stored}'?");
        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).Should().Contain($"Có phải '{stored}'? / Did you mean '{stored}'?");
        var far = (string)JsonNode.Parse(await (await web.Client.GetAsync("/api/campaigns/NO-SUCH/ranking")).Content.ReadAsStringAsync())!["detail"]!;
        far.Should().NotContain("Có phải", "no stored code is one letter from NO-SUCH");
    }

    [Theory]
    [InlineData("/api/campaigns/BK2022/ranking?period=2030-01")]
    [InlineData("/api/campaigns/BK2022/attainment?period=not-a-month")]
    [InlineData("/api/campaigns/BK2022/awards?asOf=yesterday")]
    [InlineData("/api/campaigns/BK2022/ranking?asOf=0001-01-01")]
    [InlineData("/charts/ranking.svg?campaign=BK2022&period=2021-13")]
    [InlineData("/api/audit?limit=abc")]
    public async Task Bad_query_parameter_is_a_400_problem_without_internals(string url)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"detail\"").And.NotContain("   at ").And.NotContain("select ");
    }

    [Fact]
    public async Task Awards_for_a_month_outside_the_campaign_are_refused_as_ranking_refuses_it()
    {
        // The period changes no award (judged at the last month), but it is checked: it was a 200 here, a 400 on ranking.
        var awards = await web.Client.GetAsync("/api/campaigns/BK2022/awards?period=2030-01");
        var ranking = await web.Client.GetAsync("/api/campaigns/BK2022/ranking?period=2030-01");

        awards.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var detail = (string)JsonNode.Parse(await awards.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Be((string)JsonNode.Parse(await ranking.Content.ReadAsStringAsync())!["detail"]!);
        (await web.Client.GetAsync("/api/campaigns/BK2022/awards?period=2022-06")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Dry_run_of_a_bad_file_is_a_422_with_line_level_errors_and_nothing_written()
    {
        var before = await web.ScalarAsync("select count(*) from es_events");
        var csv = "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\nBK2022;BK-TTBCXB;BK22-01;2022-08;mười\n";

        var response = await PostCsvAsync("/api/imports/measurements?dryRun=true", csv);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((bool)outcome["accepted"]!).Should().BeFalse();
        var error = outcome["errors"]!.AsArray().Should().ContainSingle().Subject!;
        ((int)error["line"]!).Should().Be(3);
        ((string)error["value"]!).Should().Be("mười");
        ((string)error["message_vi"]!).Should().NotBeNullOrEmpty();
        ((string)error["message_en"]!).Should().NotBeNullOrEmpty();
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Fact]
    public async Task Dry_run_of_a_valid_file_reports_the_change_and_writes_nothing()
    {
        var before = await web.ScalarAsync("select count(*) from es_events");

        var response = await PostCsvAsync("/api/imports/measurements?dryRun=true", "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((bool)outcome["accepted"]!).Should().BeTrue();
        ((bool)outcome["dry_run"]!).Should().BeTrue();
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Fact]
    public async Task Import_of_an_unknown_kind_is_a_400()
    {
        (await PostCsvAsync("/api/imports/bananas?dryRun=true", "a\n1\n")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_a_415_that_says_how_to_send_the_file()
    {
        var response = await web.Client.PostAsync("/api/imports/measurements?dryRun=true", new StringContent("campaign;unit\n", Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        // It takes .xlsx as well as CSV: the message says both, as the upload page does.
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("multipart/form-data").And.Contain("'file'")
            .And.Contain("tệp CSV hoặc Excel (.xlsx)").And.Contain("CSV or .xlsx file");
    }

    [Fact]
    public async Task A_urlencoded_form_body_is_a_415_titled_unsupported_media_type_not_a_missing_file()
    {
        var response = await web.Client.PostAsync("/api/imports/measurements?dryRun=true", new FormUrlEncodedContent([new("x", "1")]));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string)problem["title"]!).Should().Be("Kiểu nội dung không được hỗ trợ / Unsupported media type");
        ((string)problem["detail"]!).Should().Contain("multipart/form-data").And.NotContain("Thiếu tệp");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("TRUE")]
    public async Task Dry_run_is_also_written_1_or_yes(string word)
    {
        var response = await PostCsvAsync($"/api/imports/measurements?dryRun={word}", "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ((bool)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["dry_run"]!).Should().BeTrue();
    }

    [Fact]
    public async Task A_dry_run_flag_that_is_not_a_yes_or_no_is_a_400_that_says_so()
    {
        var response = await PostCsvAsync("/api/imports/measurements?dryRun=maybe", "campaign;unit;indicator;period;value\n");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("dryRun must be true or false (got 'maybe')");
    }

    [Fact]
    public async Task An_empty_file_is_rejected_as_empty_not_as_missing()
    {
        var response = await PostCsvAsync("/api/imports/measurements?dryRun=true", "");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)error["message_en"]!).Should().Contain("'measurements.csv' is empty");
    }

    private async Task ShouldEqualAsync<T>(string url, IReadOnlyList<T> rows)
    {
        var response = await web.Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var expected = JsonNode.Parse(JsonSerializer.Serialize(rows));
        rows.Should().NotBeEmpty();
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"{url} should return the same rows as the CLI's --format json");
    }

    private Task<HttpResponseMessage> PostCsvAsync(string url, string csv) => CsvUpload.PostAsync(web.Client, url, csv);
}
