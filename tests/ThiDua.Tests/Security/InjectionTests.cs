using System.Net;

namespace ThiDua.Tests.Security;

/// <summary>SQL in any query parameter is just an odd value: a 400 or 404 (or an empty answer), never a 500, and nothing changes.</summary>
public class InjectionTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private const string Sql = "'; drop table es_events; --";
    private const string SqlOr = "BK2022' or '1'='1";

    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        foreach (var payload in new[] { Sql, SqlOr })
        {
            var p = Uri.EscapeDataString(payload);
            foreach (var url in new[]
            {
                $"/campaigns/{p}", $"/campaigns/BK2022?period={p}", $"/campaigns/BK2022?asOf={p}", $"/campaigns/BK2022?cluster={p}",
                $"/campaigns/BK2022/units/{p}", $"/campaigns/BK2022/indicators/{p}",
                $"/dashboards/{p}?campaign=BK2022", $"/dashboards/leadership?campaign={p}",
                $"/dashboards/indicator?campaign=BK2022&unit={p}&indicator=BK22-01", $"/dashboards/indicator?campaign=BK2022&unit=BK-TTBCXB&indicator={p}",
                $"/charts/ranking.svg?campaign={p}", $"/charts/ranking.svg?campaign=BK2022&cluster={p}", $"/charts/attainment.svg?campaign=BK2022&period={p}",
                $"/charts/progress.svg?campaign=BK2022&unit={p}&indicator=BK22-01", $"/charts/awards.svg?campaign=BK2022&form={p}",
                $"/charts/heatmap.svg?campaign=BK2022&asOf={p}", $"/charts/{p}.svg?campaign=BK2022",
                $"/api/campaigns/{p}/ranking", $"/api/campaigns/BK2022/ranking?period={p}", $"/api/campaigns/BK2022/attainment?asOf={p}",
                $"/api/campaigns/BK2022/awards?asOf={p}", $"/api/audit?campaign={p}", $"/api/audit?unit={p}", $"/api/audit?limit={p}",
                $"/audit?campaign={p}&unit={p}",
            })
                data.Add(url);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Sql_in_a_query_parameter_is_rejected_or_finds_nothing_and_changes_nothing(string url)
    {
        using var client = web.ClientWith(web.ViewerToken);
        var before = await CountsAsync();

        var response = await client.GetAsync(url);

        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().BeLessThan(500, body);
        if (response.StatusCode == HttpStatusCode.OK && url.StartsWith("/api/audit", StringComparison.Ordinal))
            body.Should().Contain("\"entries\":[]", "an injected OR must not widen the answer");
        body.Should().NotContain("   at ").And.NotContain("Npgsql").And.NotContain("syntax error");
        (await CountsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Sql_in_an_import_kind_or_culture_is_a_400()
    {
        using var client = web.ClientWith(web.AnalystToken);

        var kind = await client.PostAsync($"/api/imports/{Uri.EscapeDataString(Sql)}", SecurityRequests.Csv("a\n1\n"));
        var culture = await client.PostAsync($"/api/imports/units?culture={Uri.EscapeDataString(Sql)}", SecurityRequests.Csv("a\n1\n"));

        kind.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        culture.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<string> CountsAsync() =>
        $"{await web.ScalarAsync("select count(*) from es_events")}/{await web.ScalarAsync("select count(*) from app_users")}/{await web.ScalarAsync("select count(*) from pg_tables where schemaname = 'public'")}";
}
