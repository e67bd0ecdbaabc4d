using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Import.Xlsx;
using ThiDua.Tests.PreviousYear;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Cli;

/// <summary>
/// An office scripting its monthly report asks <c>thidua previous-year --campaign</c> what the page "So với cùng kỳ năm
/// trước" shows: the answer of <c>GET /api/campaigns/{c}/previous-year</c> for the same period and asOf, read from the
/// API and from each campaign's own <c>thidua ranking</c>, never from the new command itself.
/// </summary>
public sealed class CliPreviousYearTests(PreviousYearDatabase db) : IClassFixture<PreviousYearDatabase>, IDisposable
{
    private const string Now = PreviousYearDatabase.Current, Before = PreviousYearDatabase.Previous;
    private static readonly string[] Context = ["campaign", "period", "previous_campaign", "previous_period"];
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-previous-year-").FullName;

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Theory]
    [InlineData(null, false)] // the latest month sent (2023-03) against 2022-03
    [InlineData("2023-01", false)]
    [InlineData(null, true)] // as of before March and before last year's correction
    public async Task The_json_and_every_csv_line_equal_the_apis_answer_for_the_same_period_and_as_of(string? period, bool asOfSeeded)
    {
        string[] args = [.. period is null ? [] : new[] { "--period", period }, .. asOfSeeded ? new[] { "--as-of", VietnameseDates.Iso(db.AsOf) } : []];
        var query = string.Join("&", new[] { period is null ? null : "period=" + period, asOfSeeded ? "asOf=" + Uri.EscapeDataString(VietnameseDates.Iso(db.AsOf)) : null }.OfType<string>());
        var api = await ApiAsync($"/api/campaigns/{Now}/previous-year?{query}");

        var json = await Run(["previous-year", "--campaign", Now, .. args, "--format", "json"]);
        var csv = await Run(["previous-year", "--campaign", Now, .. args, "--format", "csv"]);

        json.ExitCode.Should().Be(0, json.ToString());
        JsonNode.DeepEquals(JsonNode.Parse(json.Stdout), api).Should().BeTrue($"the CLI's JSON is the API's answer:\n{json.Stdout}\n{api.ToJsonString()}");
        csv.ExitCode.Should().Be(0, csv.ToString());
        var rows = api["rows"]!.AsArray();
        rows.Should().HaveCountGreaterThan(3);
        var header = csv.StdoutLines[0].Split(',');
        header.Should().Equal([.. Context, .. rows[0]!.AsObject().Select(p => p.Key)], "the comparison's fields, then the API row's in its order");
        var lines = csv.StdoutLines.Skip(1).Select(l => SeedWorkbook.Split(l, ',')).ToList();
        lines.Should().HaveSameCount(rows);
        for (var i = 0; i < rows.Count; i++)
            lines[i].Should().Equal(header.Select(c => Cell(Context.Contains(c) ? api[c] : rows[i]![c])), "row {0}, {1}", i, (string)rows[i]!["unit"]!);
        // Each side is that campaign's own ranking at its month (thidua ranking, the same as-of).
        string[] asOf = asOfSeeded ? ["--as-of", VietnameseDates.Iso(db.AsOf)] : [];
        var thisYear = await RankingAsync(Now, (string)api["period"]!, asOf);
        var lastYear = await RankingAsync(Before, (string)api["previous_period"]!, asOf);
        var at = header.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        foreach (var line in lines)
        {
            (line[at["rank"]], line[at["score"]]).Should().Be(thisYear.GetValueOrDefault(line[at["unit"]], ("", "")));
            (line[at["previous_rank"]], line[at["previous_score"]]).Should().Be(lastYear.GetValueOrDefault(line[at["unit"]], ("", "")));
        }
    }

    [Fact]
    public async Task The_table_says_the_months_compared_in_the_workbooks_words_with_vietnamese_numbers()
    {
        var api = await ApiAsync($"/api/campaigns/{Now}/previous-year?period=2023-03");
        var table = await Run("previous-year", "--campaign", Now, "--period", "2023-03");

        table.ExitCode.Should().Be(0, table.ToString());
        var lines = table.StdoutLines;
        lines[0].Should().StartWith("So với cùng kỳ năm trước — Phong trào thi đua năm mới — tháng 03/2023").And.EndWith("/ NAMMOI 2023-03 against NAMCU 2022-03");
        lines.Should().Contain("So sánh cùng kỳ: NAMMOI tính đến tháng 03/2023 (tháng thứ 3 của phong trào) với NAMCU tính đến tháng 03/2022.");
        var heading = lines.Single(l => l.Contains("Mã đơn vị", StringComparison.Ordinal));
        heading.Should().StartWith("Cụm, khối");
        heading.Should().ContainAll("Mã đơn vị", "Tên đơn vị", "Hạng 03/2023", "Điểm 03/2023", "Hạng 03/2022", "Điểm 03/2022", "Thay đổi điểm", "Thay đổi hạng (+ lên, − xuống)", "Ghi chú");
        foreach (var row in api["rows"]!.AsArray().Where(r => (string)r!["status"]! == "compared"))
        {
            var line = lines.Single(l => l.Contains(" " + (string)row!["unit"]! + " ", StringComparison.Ordinal));
            line.Should().Contain(Vietnamese(row!["score"]!)).And.Contain(Vietnamese(row["previous_score"]!));
            var change = row["score_change"]!.GetValue<decimal>();
            line.Should().Contain((change > 0 ? "+" : change < 0 ? "−" : "") + Vietnamese(JsonValue.Create(Math.Abs(change))));
        }
        lines.Single(l => l.Contains(" PY-C ", StringComparison.Ordinal)).Should().EndWith("chưa tham gia năm trước");
        lines.Single(l => l.Contains(" PY-D ", StringComparison.Ordinal)).Should().EndWith("ngừng hoạt động từ tháng 01/2023 (sáp nhập vào Phòng Văn hóa và Thông tin)");
    }

    [Fact]
    public async Task The_workbook_is_the_pages_download()
    {
        var file = Path.Combine(dir, "cli.xlsx");
        var cli = await Run("previous-year", "--campaign", Now, "--period", "2023-02", "--format", "xlsx", "--out", file);
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-cli-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer));
        using var web = new MemoryStream(await client.GetByteArrayAsync($"/exports/previous-year.xlsx?campaign={Now}&period=2023-02"));

        cli.ExitCode.Should().Be(0, cli.ToString());
        var (ours, theirs) = (WorkbookReadBack.Open(file), WorkbookReadBack.Open(web));
        ours.Title.Should().Be(theirs.Title);
        ours.Sheets.Select(s => s.Name).Should().Equal(theirs.Sheets.Select(s => s.Name));
        for (var i = 0; i < theirs.Sheets.Count; i++)
            ours.Sheets[i].DataTexts(11).Should().BeEquivalentTo(theirs.Sheets[i].DataTexts(11), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_campaign_without_a_previous_one_an_unknown_campaign_and_a_period_outside_are_refused_in_both_languages_with_exit_1()
    {
        var none = await Run("previous-year", "--campaign", Before);
        var unknown = await Run("previous-year", "--campaign", "NAMMOl", "--format", "csv");
        var outside = await Run("previous-year", "--campaign", Now, "--period", "2022-05", "--format", "json");

        none.ExitCode.Should().Be(1, none.ToString());
        none.Stdout.Should().BeEmpty();
        none.Stderr.Should().Contain("Chưa xác định được phong trào năm trước của NAMCU: ghi cột previous (Phong trào năm trước) trong campaigns.csv")
            .And.Contain("campaign NAMCU has no previous campaign: fill campaigns.csv's previous column");
        unknown.ExitCode.Should().Be(1, unknown.ToString());
        unknown.Stdout.Should().BeEmpty();
        unknown.Stderr.Should().Contain("Không có phong trào 'NAMMOl'").And.Contain("campaign 'NAMMOl' does not exist").And.Contain("Did you mean 'NAMMOI'?");
        outside.ExitCode.Should().Be(1, outside.ToString());
        outside.Stdout.Should().BeEmpty();
        outside.Stderr.Should().Contain("Kỳ tháng 05/2022 nằm ngoài phong trào NAMMOI").And.Contain("period 2022-05 is outside campaign NAMMOI");
    }

    [Fact]
    public async Task A_period_that_is_not_a_month_and_xlsx_without_out_are_usage_errors_with_exit_2()
    {
        var month = await Run("previous-year", "--campaign", Now, "--period", "2023-13");
        var xlsx = await Run("previous-year", "--campaign", Now, "--format", "xlsx");

        month.ExitCode.Should().Be(2, month.ToString());
        month.Stderr.Should().Contain("--period '2023-13' không phải là tháng").And.Contain("--period '2023-13' is not a month");
        xlsx.ExitCode.Should().Be(2, xlsx.ToString());
        xlsx.Stderr.Should().Contain("--format xlsx cần --out TỆP.xlsx").And.Contain("--format xlsx needs --out FILE.xlsx");
    }

    private async Task<JsonNode> ApiAsync(string path)
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-cli-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer));
        return JsonNode.Parse(await client.GetStringAsync(path))!;
    }

    // unit → (rank, score) as thidua ranking --format csv writes them.
    private async Task<Dictionary<string, (string Rank, string Score)>> RankingAsync(string campaign, string period, string[] asOf)
    {
        var ranking = await Run(["ranking", "--campaign", campaign, "--period", period, .. asOf, "--format", "csv"]);
        ranking.ExitCode.Should().Be(0, ranking.ToString());
        var header = ranking.StdoutLines[0].Split(',').ToList();
        return ranking.StdoutLines.Skip(1).Select(l => SeedWorkbook.Split(l, ','))
            .ToDictionary(c => c[header.IndexOf("unit")], c => (c[header.IndexOf("rank")], c[header.IndexOf("score")]));
    }

    // The CSV's cell for an API field: text as it is, numbers as JSON writes them, null empty.
    private static string Cell(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    // 12.5 → "12,50": the score as the page writes it (these scores stay under 1.000, no thousands separator).
    private static string Vietnamese(JsonNode number) => number.GetValue<decimal>().ToString("F2", CultureInfo.InvariantCulture).Replace('.', ',');

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
