using System.Globalization;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Exports;

/// <summary><c>thidua ranking|attainment|awards --format xlsx --out FILE</c>: the CSV's rows, typed, in a workbook opened back.</summary>
public sealed class CliXlsxExportTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-xlsx-").FullName;

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Fact]
    public async Task Attainment_as_xlsx_holds_the_csv_rows_with_numbers_as_numbers()
    {
        var file = Path.Combine(dir, "attainment.xlsx");
        var xlsx = await Run("attainment", "--campaign", "LS2021", "--period", "2021-02", "--format", "xlsx", "--out", file);
        var csv = await Run("attainment", "--campaign", "LS2021", "--period", "2021-02", "--format", "csv");

        xlsx.ExitCode.Should().Be(0, xlsx.ToString());
        xlsx.Stdout.Should().BeEmpty();
        var sheet = WorkbookReadBack.Open(file).Sheets.Single();
        sheet.Header.Should().Equal(csv.StdoutLines[0].Split(','));
        sheet.HeaderFrozen.Should().BeTrue();
        sheet.Widths.Should().HaveCount(7).And.OnlyContain(w => w >= 8 && w <= 60);
        var expected = csv.StdoutLines.Skip(1).Select(l => l.Split(',')).ToList();
        var actual = sheet.DataTexts(7).ToList();
        actual.Should().HaveCount(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i][0..3].Should().Equal(expected[i][0..3]);
            actual[i][6].Should().Be(expected[i][6]);
            foreach (var c in new[] { 3, 4, 5 })
                (actual[i][c] == "" ? (decimal?)null : decimal.Parse(actual[i][c], NumberStyles.Float, CultureInfo.InvariantCulture))
                    .Should().Be(expected[i][c] == "" ? null : decimal.Parse(expected[i][c], CultureInfo.InvariantCulture), $"row {i + 2} column {c}");
        }
        var ratio = sheet.Rows.Skip(1).Select(r => r[5]).First(c => c is not null)!;
        ratio.IsNumber.Should().BeTrue();
        ratio.Format.Should().Be("0.00%");
        sheet.Rows.Skip(1).Select(r => r[4]!).Should().OnlyContain(c => c.IsNumber && (c.Format == "#,##0" || c.Format == "#,##0.####"));
    }

    [Fact]
    public async Task Ranking_as_xlsx_has_one_sheet_per_cluster_and_scores_with_two_decimals()
    {
        var file = Path.Combine(dir, "ranking.xlsx");
        var xlsx = await Run("ranking", "--campaign", "LS2021", "--format", "xlsx", "--out", file);
        var csv = await Run("ranking", "--campaign", "LS2021", "--format", "csv");

        xlsx.ExitCode.Should().Be(0, xlsx.ToString());
        var book = WorkbookReadBack.Open(file);
        var clusters = csv.StdoutLines.Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        book.Sheets.Select(s => s.Name).Should().Equal(clusters.Select(c => c.Length == 0 ? "Không thuộc cụm, khối" : c));
        var units = book.Sheets.SelectMany(s => s.DataTexts(8)).Select(r => (r[0], r[2], r[3], decimal.Parse(r[5], CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture))).ToList();
        units.Should().Equal(csv.StdoutLines.Skip(1).Select(l => l.Split(',')).Select(r => (r[0], r[2], r[3], r[^3])));
        book.Sheets.SelectMany(s => s.Rows.Skip(1)).Select(r => r[5]!.Format).Should().OnlyContain(f => f == "#,##0.00");
        book.Title.Should().StartWith("Xếp hạng trong cụm, khối — ").And.MatchRegex(" — tháng [0-9]{2}/2021$", "the file says what it holds, for which month");
        book.Subject.Should().EndWith(" (LS2021)");
    }

    [Fact]
    public async Task Awards_as_xlsx_keep_the_csv_words_and_empty_scores_empty()
    {
        var file = Path.Combine(dir, "awards.xlsx");
        var xlsx = await Run("awards", "--campaign", "BK2021-BAUCU", "--format", "xlsx", "--out", file);

        xlsx.ExitCode.Should().Be(0, xlsx.ToString());
        var sheet = WorkbookReadBack.Open(file).Sheets.Single();
        sheet.Header.Should().Equal(ThiDua.Analytics.Output.AnalyticsCsv.AwardsHeader.Split(','), "the CSV's columns, v2's cluster, decision and reference included");
        sheet.DataTexts(6).Select(r => r[3]).Should().NotBeEmpty().And.OnlyContain(s => s == "proposed" || s == "tie_at_quota" || s == "eligible_over_quota" || s == "ineligible");
    }

    [Theory]
    [InlineData("--format", "xlsx")]
    [InlineData("--format", "csv", "--out", "x.xlsx")]
    public async Task Xlsx_without_out_or_out_without_xlsx_is_a_usage_error(params string[] options)
    {
        var result = await Run(["ranking", "--campaign", "LS2021", .. options]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--out");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
