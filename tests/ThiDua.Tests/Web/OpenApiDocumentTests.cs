using System.Text.Json.Nodes;

namespace ThiDua.Tests.Web;

/// <summary>/openapi/v1.json as a client generator reads it: the routes, the upload, the month's form, the figures' types, no server address.</summary>
public class OpenApiDocumentTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task OpenApi_document_describes_the_import_upload()
    {
        var doc = JsonNode.Parse(await web.Client.GetStringAsync("/openapi/v1.json"))!;

        var post = doc["paths"]!["/api/imports/{kind}"]!["post"]!;
        var form = post["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        ((string)form["properties"]!["file"]!["format"]!).Should().Be("binary");
        ((string)form["properties"]!["file"]!["description"]!).Should().Contain("CSV or .xlsx");
        ((string)post["summary"]!).Should().Contain("CSV hoặc Excel (.xlsx)");
        post["parameters"]!.AsArray().Select(p => (string)p!["name"]!).Should().Contain(["kind", "dryRun"]);
        post["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "422", "400", "415"]);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_routes()
    {
        var doc = JsonNode.Parse(await web.Client.GetStringAsync("/openapi/v1.json"))!;

        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain(["/api/campaigns", "/api/campaigns/{campaign}/ranking", "/api/campaigns/{campaign}/attainment",
            "/api/campaigns/{campaign}/awards", "/api/imports/{kind}"]);
        paths.Should().NotContain(p => p.StartsWith("/campaigns", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_document_names_no_server_so_a_proxy_public_address_is_the_one_used()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "upstream-node:5080"; // what a node behind nginx may be told

        var doc = JsonNode.Parse(await (await web.Client.SendAsync(request)).Content.ReadAsStringAsync())!;

        (doc["servers"]?.AsArray() ?? []).Should().BeEmpty("OpenAPI then means the document's own address");
        doc.ToJsonString().Should().NotContain("upstream-node");
    }

    [Fact]
    public async Task OpenApi_document_shows_a_month_as_a_YYYY_MM_string()
    {
        var doc = JsonNode.Parse(await web.Client.GetStringAsync("/openapi/v1.json"))!;

        var month = doc["components"]!["schemas"]!["YearMonth"]!;
        ((string)month["type"]!).Should().Be("string");
        ((string)month["pattern"]!).Should().Be("^[0-9]{4}-[0-9]{2}$");
    }

    [Theory]
    [InlineData("RankingRow", "score", "number")]
    [InlineData("AwardRow", "score", "null,number")]
    [InlineData("AttainmentRow", "ratio", "null,number")]
    [InlineData("AttainmentRow", "actual", "null,number")]
    [InlineData("AttainmentRow", "target", "number")]
    [InlineData("CampaignSummary", "score_cap", "number")]
    [InlineData("RankingRow", "rank", "integer")]
    [InlineData("CampaignSummary", "months", "integer")]
    public async Task OpenApi_document_types_every_figure_as_the_number_the_json_carries(string schema, string property, string types)
    {
        // A client generated from the document typed the scores "any" (no type) and the counts "integer or string".
        var doc = JsonNode.Parse(await web.Client.GetStringAsync("/openapi/v1.json"))!;

        var type = doc["components"]!["schemas"]![schema]!["properties"]![property]!["type"];
        IEnumerable<string> named = type is JsonArray list ? list.Select(t => (string)t!).Order(StringComparer.Ordinal) : type is null ? [] : [(string)type!];
        string.Join(",", named).Should().Be(types, $"{schema}.{property} is {type?.ToJsonString() ?? "untyped"}");
    }
}
