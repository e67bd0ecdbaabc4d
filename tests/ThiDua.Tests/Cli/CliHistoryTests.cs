using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Import.Xlsx;
using ThiDua.Tests.Security;
using ThiDua.Tests.UnitHistory;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Cli;

/// <summary>
/// A clerk preparing a year-end dossier on the command line asks <c>thidua history --unit</c> what a portal reads from
/// <c>GET /api/units/{u}/history</c>: the same rows in the same order, every field alike in JSON, CSV and the workbook;
/// a mistyped code is told the code meant, as the API's 404 is.
/// </summary>
public sealed class CliHistoryTests(UnitHistoryDatabase db) : IClassFixture<UnitHistoryDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-history-").FullName;

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Theory]
    [InlineData(UnitHistoryDatabase.Unit, false)]
    [InlineData(UnitHistoryDatabase.Unit, true)] // as of before the 2023 campaign and the council's second look
    [InlineData("BK-TTTT-01", false)] // an individual rated without targets
    [InlineData("BK-BCVT", false)] // đồng hạng 3 in the 2021 election campaign
    public async Task Every_row_of_the_json_csv_and_workbook_equals_the_apis(string unit, bool asOfSeeded)
    {
        string[] asOf = asOfSeeded ? ["--as-of", VietnameseDates.Iso(db.SeededAt)] : [];
        var api = await ApiRows(unit, asOfSeeded ? "?asOf=" + Uri.EscapeDataString(VietnameseDates.Iso(db.SeededAt)) : "");
        var json = await Run(["history", "--unit", unit, .. asOf, "--format", "json"]);
        var csv = await Run(["history", "--unit", unit, .. asOf, "--format", "csv"]);
        var file = Path.Combine(dir, unit + asOfSeeded + ".xlsx");
        var xlsx = await Run(["history", "--unit", unit, .. asOf, "--format", "xlsx", "--out", file]);

        api.Should().NotBeEmpty();
        json.ExitCode.Should().Be(0, json.ToString());
        JsonNode.DeepEquals(JsonNode.Parse(json.Stdout), api).Should().BeTrue($"the CLI's JSON is the API's rows:\n{json.Stdout}\n{api.ToJsonString()}");
        csv.ExitCode.Should().Be(0, csv.ToString());
        var header = csv.StdoutLines[0].Split(',');
        header.Should().Equal(api[0]!.AsObject().Select(p => p.Key), "the API's fields in its order");
        var lines = csv.StdoutLines.Skip(1).Where(l => l.Length > 0).Select(l => SeedWorkbook.Split(l, ',')).ToList();
        lines.Should().HaveSameCount(api);
        for (var i = 0; i < api.Count; i++)
            lines[i].Should().Equal(header.Select(column => Cell(api[i]![column])), "row {0}, {1}", i, (string)api[i]!["campaign"]!);
        xlsx.ExitCode.Should().Be(0, xlsx.ToString());
        var book = WorkbookReadBack.Open(file);
        var sheet = book.Sheets.Single();
        sheet.Header.Should().Equal(header);
        sheet.DataTexts(header.Length).Select(r => r[0]).Should().Equal(api.Select(r => (string)r!["campaign"]!));
        sheet.Rows.Skip(1).Where((_, i) => api[i]!["score"] is not null).Should().OnlyContain(r => r[Array.IndexOf(header, "score")]!.IsNumber);
        book.Title.Should().StartWith("Quá trình thi đua — ").And.Contain($"({unit})");
    }

    [Fact]
    public async Task The_table_names_the_unit_above_its_campaigns_newest_first()
    {
        var table = await Run("history", "--unit", "BK-BCVT");

        table.ExitCode.Should().Be(0, table.ToString());
        table.StdoutLines[0].Should().StartWith("Quá trình thi đua — ").And.EndWith("(BK-BCVT) / record of BK-BCVT across campaigns, newest first");
        table.StdoutLines[1].Should().StartWith("Phong trào");
        var rows = table.StdoutLines.Skip(3).Where(l => l.Length > 0).ToList();
        rows.Select(l => l.Split(' ')[0]).Should().Equal(UnitHistoryDatabase.LaterCampaign, "BK2022", "BK2021-BAUCU");
        rows[2].Should().Contain("(đồng hạng)").And.Contain("tổng kết");
    }

    [Fact]
    public async Task A_mistyped_unit_is_refused_with_the_code_meant_as_the_api_says_it()
    {
        var unknown = await Run("history", "--unit", "BK-CNTI");
        var early = await Run("history", "--unit", UnitHistoryDatabase.Unit, "--as-of", "2018-01-01T00:00:00+07:00");

        unknown.ExitCode.Should().Be(1, unknown.ToString());
        unknown.Stdout.Should().BeEmpty();
        unknown.Stderr.Should().Contain("Không có đơn vị 'BK-CNTI': hãy kiểm tra mã đơn vị").And.Contain("unit 'BK-CNTI' does not exist")
            .And.Contain("Có phải 'BK-CNTT'? / Did you mean 'BK-CNTT'?");
        early.ExitCode.Should().Be(1, early.ToString());
        early.Stderr.Should().Contain("chưa có trong hệ thống tại thời điểm").And.Contain("did not exist yet as of 2018-01-01T00:00:00+07:00");
    }

    private async Task<JsonArray> ApiRows(string unit, string query)
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "history-cli-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer));
        return JsonNode.Parse(await client.GetStringAsync($"/api/units/{unit}/history{query}"))!.AsArray();
    }

    // The CSV's cell for an API field: text as it is, numbers and booleans as JSON writes them, null empty; the awards
    // as form:status:decision:reference:decision_date, ";" between forms.
    private static string Cell(JsonNode? node) => node switch
    {
        null => "",
        JsonArray awards => string.Join(";", awards.Select(a => string.Join(":", new[] { "form", "status", "decision", "reference", "decision_date" }.Select(f => Cell(a![f]))))),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
