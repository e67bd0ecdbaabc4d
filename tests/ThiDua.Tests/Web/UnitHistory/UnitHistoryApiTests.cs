using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.Security;
using ThiDua.Tests.UnitHistory;

namespace ThiDua.Tests.Web.UnitHistory;

/// <summary>
/// A provincial portal reads a unit's record for its year-end dossier: <c>GET /api/units/{u}/history</c>, snake_case rows
/// newest first, as of a time, with an ETag, described in the OpenAPI document; 404 and 401 as the other read APIs.
/// </summary>
public sealed class UnitHistoryApiTests(UnitHistoryDatabase db) : IClassFixture<UnitHistoryDatabase>
{
    [Fact]
    public async Task The_record_is_served_as_json_rows_newest_first_and_as_of_a_time_as_it_stood()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-portal", Role.Viewer));

        var response = await client.GetAsync("/api/units/BK-CNTT/history");
        var body = await response.Content.ReadAsStringAsync();
        var then = JsonNode.Parse(await client.GetStringAsync("/api/units/BK-CNTT/history?asOf=" + Uri.EscapeDataString(VietnameseDates.Iso(db.SeededAt))))!.AsArray();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        var rows = JsonNode.Parse(body)!.AsArray();
        rows.Select(r => (string)r!["campaign"]!).Should().Equal("BK2023", "BK2022", "BK2021-BAUCU");
        body.Should().StartWith("[{\"campaign\":\"BK2023\",\"campaign_name\":\"Phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023 (Sở TT&TT Bắc Kạn)\","
            + "\"campaign_kind\":\"annual\",\"start\":\"2023-01-01\",\"end\":\"2023-12-31\",\"period\":\"2023-01\",\"period_basis\":\"closed\",\"cluster\":\"BK-KHOI1\","
            + "\"cluster_name\":\"Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn\",\"rank\":2,\"rank_shared\":false,\"group_size\":2,\"score\":90.00,\"met\":0,\"assigned\":1,\"rating\":null,\"ended\":null,\"awards\":[]}");
        body.Should().Contain("{\"form\":\"BK22-GK-TT\",\"form_name\":\"Giấy khen của Giám đốc Sở (tập thể)\",\"status\":\"proposed\",\"decision\":\"rejected\","
            + "\"reference\":\"31/QĐ-STTTT\",\"decision_date\":\"2023-03-02\"}");
        then.Select(r => (string)r!["campaign"]!).Should().Equal("BK2022", "BK2021-BAUCU");
        then[0]!["awards"]!.AsArray().Single(a => (string)a!["form"]! == "BK22-GK-TT")!["reference"]!.GetValue<string>().Should().Be("25/QĐ-STTTT");
    }

    [Fact]
    public async Task The_answer_carries_an_etag_and_is_described_in_the_openapi_document()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-cache", Role.Viewer));

        var first = await client.GetAsync("/api/units/BK-TTTT-01/history");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/units/BK-TTTT-01/history");
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        var second = await client.SendAsync(again);
        var doc = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        var get = doc["paths"]!["/api/units/{unit}/history"]!["get"]!;
        ((string)get["summary"]!).Should().Contain("Quá trình thi đua");
        get["parameters"]!.AsArray().Select(p => (string)p!["name"]!).Should().Contain(["unit", "asOf"]);
        get["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400", "404"]);
        doc["components"]!["schemas"]!["UnitHistoryRow"]!["properties"]!["score"]!["type"]!.ToJsonString().Should().Contain("number");
    }

    [Fact]
    public async Task An_unknown_unit_a_bad_instant_and_no_sign_in_are_answered_as_the_other_read_apis()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-errors", Role.Viewer));
        using var stranger = app.GetTestClient();

        var unknown = await client.GetAsync("/api/units/BK-CNTI/history");
        var bad = await client.GetAsync("/api/units/BK-CNTT/history?asOf=yesterday");

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        ((string)JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("Không có đơn vị 'BK-CNTI'")
            .And.Contain("does not exist").And.EndWith("Có phải 'BK-CNTT'? / Did you mean 'BK-CNTT'?");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stranger.GetAsync("/api/units/BK-CNTT/history")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
