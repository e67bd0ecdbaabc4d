using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.PreviousYear;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web.PreviousYear;

/// <summary>
/// <c>GET /api/campaigns/{c}/previous-year</c>: each unit of this year's ranking beside its row of last year's ranking at
/// the same month of the campaign — the expected rows are read from the two campaigns' own ranking API, not from this one.
/// </summary>
public sealed class PreviousYearApiTests(PreviousYearDatabase db) : IClassFixture<PreviousYearDatabase>
{
    private const string Now = PreviousYearDatabase.Current, Before = PreviousYearDatabase.Previous;

    [Fact]
    public async Task A_finished_last_year_is_read_at_the_same_month_as_this_years_latest_not_at_its_end()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-api", Role.Viewer));

        var answer = JsonNode.Parse(await client.GetStringAsync($"/api/campaigns/{Now}/previous-year"))!;

        ((string)answer["period"]!).Should().Be("2023-03"); // the latest month sent
        ((string)answer["previous_period"]!).Should().Be("2022-03");
        ((int)answer["position"]!).Should().Be(3);
        ((bool)answer["previous_finished"]!).Should().BeTrue();
        ((string)answer["link"]!).Should().Be("named");
        await ShouldPairAsync(client, answer, "2023-03", "2022-03", null);
        // Not the year's end: last year's December ranks PY-A otherwise (its figures grow every month).
        var december = await RankingAsync(client, Before, "2022-12", null);
        Row(answer, "PY-A")["previous_score"]!.GetValue<decimal>().Should().NotBe(december["PY-A"].Score);
    }

    [Fact]
    public async Task As_of_a_time_both_years_are_read_as_they_stood_then()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-asof", Role.Viewer));
        var asOf = Uri.EscapeDataString(VietnameseDates.Iso(db.AsOf));

        var answer = JsonNode.Parse(await client.GetStringAsync($"/api/campaigns/{Now}/previous-year?asOf={asOf}"))!;

        ((string)answer["period"]!).Should().Be("2023-02"); // March was sent after
        ((string)answer["previous_period"]!).Should().Be("2022-02");
        await ShouldPairAsync(client, answer, "2023-02", "2022-02", asOf);
        // PY-B's February was corrected after: as of then, the figure before the correction.
        var corrected = await RankingAsync(client, Before, "2022-02", null);
        Row(answer, "PY-B")["previous_score"]!.GetValue<decimal>().Should().NotBe(corrected["PY-B"].Score);
    }

    [Fact]
    public async Task A_campaign_without_a_previous_one_is_a_bilingual_404_and_the_route_is_described_in_the_openapi_document()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-none", Role.Viewer));

        var response = await client.GetAsync($"/api/campaigns/{Before}/previous-year");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Contain("Chưa xác định được phong trào năm trước của NAMCU").And.Contain("campaign NAMCU has no previous campaign");
        var get = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["paths"]!["/api/campaigns/{campaign}/previous-year"]!["get"]!;
        ((string)get["summary"]!).Should().Contain("So với cùng kỳ năm trước");
        get["parameters"]!.AsArray().Select(p => (string)p!["name"]!).Should().Contain(["campaign", "period", "asOf"]);
        get["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "404"]);
    }

    private static async Task ShouldPairAsync(HttpClient client, JsonNode answer, string month, string lastYearMonth, string? asOf)
    {
        var now = await RankingAsync(client, Now, month, asOf);
        var before = await RankingAsync(client, Before, lastYearMonth, asOf);
        var rows = answer["rows"]!.AsArray();
        rows.Select(r => (string)r!["unit"]!).Should().BeEquivalentTo(now.Keys.Union(before.Keys));
        foreach (var unit in now.Keys.Intersect(before.Keys))
        {
            var r = Row(answer, unit);
            ((string)r["status"]!).Should().Be("compared");
            (r["score"]!.GetValue<decimal>(), (int)r["rank"]!).Should().Be((now[unit].Score, now[unit].Rank));
            (r["previous_score"]!.GetValue<decimal>(), (int)r["previous_rank"]!).Should().Be((before[unit].Score, before[unit].Rank));
            r["score_change"]!.GetValue<decimal>().Should().Be(now[unit].Score - before[unit].Score);
            ((int)r["rank_change"]!).Should().Be(before[unit].Rank - now[unit].Rank);
        }
        var added = Row(answer, "PY-C"); // new this year
        ((string)added["status"]!).Should().Be("new");
        (added["previous_score"], added["previous_rank"], added["score_change"]).Should().Be((null, null, null));
        ((decimal)added["score"]!).Should().Be(now["PY-C"].Score);
        var ended = Row(answer, "PY-D"); // ranked last year, merged into PY-A since
        ((string)ended["status"]!).Should().Be("ended");
        ((string)ended["ended"]!, (string)ended["merged_into"]!).Should().Be(("2023-01", "PY-A"));
        (ended["score"], ended["rank"]).Should().Be((null, null));
        ((decimal)ended["previous_score"]!, (int)ended["previous_rank"]!).Should().Be((before["PY-D"].Score, before["PY-D"].Rank));
        now.Keys.Should().NotContain("PY-D");
        before.Keys.Should().NotContain("PY-C");
    }

    private static JsonNode Row(JsonNode answer, string unit) => answer["rows"]!.AsArray().Single(r => (string)r!["unit"]! == unit)!;

    private static async Task<Dictionary<string, (decimal Score, int Rank)>> RankingAsync(HttpClient client, string campaign, string month, string? asOf) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/campaigns/{campaign}/ranking?period={month}" + (asOf is null ? "" : "&asOf=" + asOf)))!.AsArray()
            .ToDictionary(r => (string)r!["unit"]!, r => (r!["score"]!.GetValue<decimal>(), (int)r["rank"]!));
}
