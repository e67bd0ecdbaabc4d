using System.Globalization;
using System.Text.Json.Nodes;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Import.Xlsx;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Cli;

/// <summary>
/// An office scripting its monthly note asks <c>thidua compare --campaign --units</c> what the page "So sánh đơn vị"
/// shows: the answer of <c>GET /api/campaigns/{c}/compare</c> for the same units and month, and the page's workbook —
/// read from the API and the download, never from the new command itself. Its refusals: <see cref="CliCompareRefusalTests"/>.
/// </summary>
public sealed class CliCompareTests(SeededWebApp web) : IClassFixture<SeededWebApp>, IDisposable
{
    // A district, a department of another cụm, khối and a person without targets (no place, no indicator).
    private const string Units = "LS-CHILANG,LS-SYT,LS-BGD-01";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-compare-").FullName;

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", web.ConnectionString]);

    [Theory]
    [InlineData("2021-10")]
    [InlineData(null)] // the latest month with figures, as the API's default
    public async Task The_json_and_every_csv_line_equal_the_apis_answer_for_the_same_units_and_month(string? period)
    {
        var api = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/LS2021/compare?units={Units}" + (period is null ? "" : "&period=" + period)))!;
        string[] month = period is null ? [] : ["--period", period];

        var json = await Run(["compare", "--campaign", "LS2021", "--units", Units, .. month, "--format", "json"]);
        var csv = await Run(["compare", "--campaign", "LS2021", "--units", "LS-CHILANG", "--units", "LS-SYT,LS-BGD-01", .. month, "--format", "csv"]);

        json.ExitCode.Should().Be(0, json.ToString());
        JsonNode.DeepEquals(JsonNode.Parse(json.Stdout), api).Should().BeTrue($"the CLI's JSON is the API's answer:\n{json.Stdout}\n{api.ToJsonString()}");
        csv.ExitCode.Should().Be(0, csv.ToString());
        var header = csv.StdoutLines[0].Split(',');
        var lines = csv.StdoutLines.Skip(1).Select(l => SeedWorkbook.Split(l, ',')).ToList();
        var expected = new List<JsonNode?[]>();
        var units = api["units"]!.AsArray();
        var indicators = api["indicators"]!.AsArray();
        indicators.Should().NotBeEmpty();
        for (var n = 0; n < units.Count; n++)
        {
            var u = units[n]!;
            var place = u["place"];
            JsonNode?[] unit = [api["campaign"], api["period"], u["unit"], u["unit_name"], u["cluster"], place?["kind"], place?["rank"],
                place?["score"], place?["met"], place?["assigned"], u["ended"]];
            var rows = indicators.Where(i => i!["rows"]![n] is not null).Select(i => (JsonNode?[])[.. unit, i!["indicator"], i["indicator_name"],
                i["rows"]![n]!["actual"], i["rows"]![n]!["target"], i["rows"]![n]!["ratio"], i["rows"]![n]!["status"],
                JsonValue.Create(i["best"]!.AsArray().Any(b => (string)b! == (string)u["unit"]!))]).ToList();
            expected.AddRange(rows.Count > 0 ? rows : [[.. unit, null, null, null, null, null, null, null]]);
        }
        lines.Should().HaveSameCount(expected);
        lines.Select(l => l[2]).Distinct().Should().Equal("LS-CHILANG", "LS-SYT", "LS-BGD-01");
        for (var i = 0; i < lines.Count; i++)
            for (var c = 0; c < header.Length; c++)
                Same(lines[i][c], expected[i][c]).Should().BeTrue($"line {i + 1}, {header[c]}: '{lines[i][c]}' against the API's {expected[i][c]?.ToJsonString() ?? "null"}");
    }

    [Fact]
    public async Task As_of_a_time_before_a_correction_the_json_is_the_apis_answer_as_of_that_time()
    {
        const string url = "/api/campaigns/LS2021/compare?units=LS-CHILANG,LS-VANLANG&period=2021-10";
        var before = JsonNode.Parse(await web.Client.GetStringAsync(url))!;
        var row = before["indicators"]![0]!["rows"]!.AsArray().First(r => r is not null)!;
        var asOf = ThiDua.Formatting.VietnameseDates.Iso(DateTimeOffset.UtcNow);
        await Task.Delay(1100); // the instant asked is to the second
        var corrected = await ThiDua.Tests.Infrastructure.ProductDatabase.ImportAsync(web.Runtime, ThiDua.Import.Parsing.ImportKind.Measurements,
            $"campaign;unit;indicator;period;value\nLS2021;{row["unit"]};{row["indicator"]};2021-10;"
            + $"{(row["actual"]!.GetValue<decimal>() + 7).ToString(CultureInfo.InvariantCulture).Replace('.', ',')}\n", acceptWarnings: true);
        corrected.Accepted.Should().BeTrue(string.Join("; ", corrected.Errors));
        var then = JsonNode.Parse(await web.Client.GetStringAsync(url + "&asOf=" + Uri.EscapeDataString(asOf)))!;

        var cli = await Run("compare", "--campaign", "LS2021", "--units", "LS-CHILANG,LS-VANLANG", "--period", "2021-10", "--as-of", asOf, "--format", "json");
        var now = await Run("compare", "--campaign", "LS2021", "--units", "LS-CHILANG,LS-VANLANG", "--period", "2021-10", "--format", "json");

        cli.ExitCode.Should().Be(0, cli.ToString());
        JsonNode.DeepEquals(then, before).Should().BeTrue("the API as of before the correction: the rows as they stood");
        JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), then).Should().BeTrue($"the CLI's JSON as of that time is the API's:\n{cli.Stdout}");
        JsonNode.DeepEquals(JsonNode.Parse(now.Stdout), before).Should().BeFalse("without --as-of, the corrected figure");
    }

    [Fact]
    public async Task The_table_lists_each_units_place_then_the_indicators_side_by_side_with_vietnamese_numbers()
    {
        var api = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/LS2021/compare?units={Units}&period=2021-10"))!;

        var table = await Run("compare", "--campaign", "LS2021", "--units", Units, "--period", "2021-10");

        table.ExitCode.Should().Be(0, table.ToString());
        var lines = table.StdoutLines;
        lines[0].Should().StartWith("So sánh đơn vị — ").And.EndWith("/ LS2021 2021-10: LS-CHILANG, LS-SYT, LS-BGD-01");
        lines.Single(l => l.StartsWith("Mã đơn vị ", StringComparison.Ordinal)).Should().MatchRegex("^Mã đơn vị +Tên đơn vị +Cụm, khối thi đua +Tập thể, cá nhân +Hạng trong cụm, khối +Điểm +Chỉ tiêu đạt / được giao +Ghi chú$");
        foreach (var u in api["units"]!.AsArray())
        {
            var line = lines.Single(l => l.StartsWith((string)u!["unit"]! + " ", StringComparison.Ordinal));
            line.Should().Contain((string)u!["unit_name"]!);
            if (u["place"] is { } p)
                line.Should().MatchRegex($" {p["rank"]} +{p["score"]!.GetValue<decimal>().ToString("F2", CultureInfo.InvariantCulture).Replace('.', ',')} +{p["met"]}/{p["assigned"]}$")
                    .And.Contain((string)p["kind"]! == "collective" ? "Tập thể" : "Cá nhân");
            else line.Should().MatchRegex("Cá nhân +— +— +— +chưa được giao chỉ tiêu$");
        }
        var first = api["indicators"]!.AsArray().First(i => i!["rows"]![0]?["ratio"] is not null)!;
        var ratio = first["rows"]![0]!["ratio"]!.GetValue<decimal>() * 100;
        lines.Single(l => l.StartsWith((string)first["indicator"]! + " ", StringComparison.Ordinal))
            .Should().Contain(ratio.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + "%");
    }

    [Fact]
    public async Task The_workbook_is_the_pages_download()
    {
        var file = Path.Combine(dir, "cli.xlsx");
        var cli = await Run("compare", "--campaign", "LS2021", "--units", Units, "--period", "2021-10", "--format", "xlsx", "--out", file);
        using var download = new MemoryStream(await web.Client.GetByteArrayAsync($"/exports/compare.xlsx?campaign=LS2021&units={Units}&period=2021-10"));

        cli.ExitCode.Should().Be(0, cli.ToString());
        var (ours, theirs) = (WorkbookReadBack.Open(file), WorkbookReadBack.Open(download));
        ours.Title.Should().Be(theirs.Title);
        ours.Sheets.Select(s => s.Name).Should().Equal(theirs.Sheets.Select(s => s.Name));
        for (var i = 0; i < theirs.Sheets.Count; i++)
        {
            ours.Sheets[i].Header.Should().Equal(theirs.Sheets[i].Header);
            ours.Sheets[i].DataTexts(theirs.Sheets[i].Header.Count).Should().BeEquivalentTo(theirs.Sheets[i].DataTexts(theirs.Sheets[i].Header.Count), o => o.WithStrictOrdering());
        }
    }

    // A CSV cell against the API's value: text as it is, numbers by value (the CSV's are fixed decimals), null empty.
    private static bool Same(string cell, JsonNode? node) => node switch
    {
        null => cell.Length == 0,
        JsonValue v when v.TryGetValue<bool>(out var b) => cell == (b ? "true" : "false"),
        JsonValue v when v.TryGetValue<string>(out var text) => cell == text,
        _ => cell.Length > 0 && decimal.Parse(cell, CultureInfo.InvariantCulture) == node.GetValue<decimal>(),
    };

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
