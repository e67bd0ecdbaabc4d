using ThiDua.Analytics.Output;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>Importing workbooks end to end: the seed as .xlsx gives the campaigns the CSV gives; the CLI's --sheet and its errors.</summary>
public sealed class XlsxImportTests(SeededDatabase fromCsv, ProductDatabase fromXlsx) : IClassFixture<SeededDatabase>, IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-xlsx-import-").FullName;

    [Fact]
    public async Task The_seed_imported_as_workbooks_gives_the_same_rankings_attainment_and_awards_as_the_csv_files()
    {
        await using var runtime = await fromXlsx.OpenRuntimeAsync();
        foreach (var (kind, name) in SeedFiles.InOrder)
        {
            using var stream = new MemoryStream(SeedWorkbook.From(Path.Combine(SeedFiles.Directory, name)));
            var outcome = await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
                .ImportAsync(stream, new ImportRequest(Path.ChangeExtension(name, ".xlsx"), kind, NumberCulture.Vi, false, "test", AcceptWarnings: true)); // as the CSV seed
            outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        }
        await using var csvRuntime = await fromCsv.OpenRuntimeAsync();
        var campaigns = File.ReadAllLines(Path.Combine(SeedFiles.Directory, "campaigns.csv")).Skip(1).Select(l => l.Split(';')[0]).ToList();
        campaigns.Should().HaveCountGreaterThan(2);
        foreach (var c in campaigns)
        {
            AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(c, null, null)).Rows)
                .Should().Be(AnalyticsCsv.Ranking((await csvRuntime.Analytics.RankingAsync(c, null, null)).Rows), c);
            AnalyticsCsv.Attainment((await runtime.Analytics.AttainmentAsync(c, null, null)).Rows)
                .Should().Be(AnalyticsCsv.Attainment((await csvRuntime.Analytics.AttainmentAsync(c, null, null)).Rows), c);
            AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync(c, null)).Rows)
                .Should().Be(AnalyticsCsv.Awards((await csvRuntime.Analytics.AwardsAsync(c, null)).Rows), c);
        }
    }

    [Fact]
    public async Task The_cli_imports_a_named_sheet_and_names_the_cell_of_each_error_writing_nothing()
    {
        var book = Path.Combine(dir, "don-vi.xlsx");
        XlsxColumn[] columns = [new("Mã đơn vị"), new("Tên"), new("Loại")];
        File.WriteAllBytes(book, XlsxWorkbookWriter.ToBytes(
        [
            new XlsxSheet("Hướng dẫn", [new XlsxColumn("Ghi chú")], [["Điền ở trang Đơn vị"]]),
            new XlsxSheet("Đơn vị", columns, [["XL-1", "Phòng Một", "tập thể"], ["XL-2", "Nguyễn Văn Hai", "cá nhân"]]),
            new XlsxSheet("Sai", columns, [["XL-3", "Phòng Ba", "tập thể"], ["XL-4", "Phòng Bốn", "nhóm"]]),
        ]));
        string[] database = ["--database", fromXlsx.ConnectionString];

        var ok = await ThiDuaProcess.RunAsync(["import", "units", book, "--sheet", "Đơn vị", .. database]);
        ok.ExitCode.Should().Be(0, ok.ToString());
        ok.Stdout.Should().Contain("2 dòng/rows");

        var before = await DatabaseFingerprint.TakeAsync(fromXlsx);
        var bad = await ThiDuaProcess.RunAsync(["import", "units", book, "--sheet", "Sai", .. database]);
        bad.ExitCode.Should().Be(1, bad.ToString());
        bad.Stderr.Should().Contain("Dòng/line 3, ô/cell Sai!C3 (Loại), giá trị/value 'nhóm'").And.Contain("rejected, nothing written (1 error):");
        (await DatabaseFingerprint.TakeAsync(fromXlsx)).Should().Be(before);

        var first = await ThiDuaProcess.RunAsync(["import", "units", book, .. database]);
        first.ExitCode.Should().Be(1, "the first sheet is read by default, and it is not a units table");
        first.Stderr.Should().Contain("Ghi chú");
    }

    [Fact]
    public async Task The_cli_reading_an_instructions_first_sheet_says_which_sheet_it_read_and_suggests_sheet_without_double_quoting_the_cell()
    {
        var book = Path.Combine(dir, "so-lieu.xlsx");
        File.WriteAllBytes(book, XlsxWorkbookWriter.ToBytes(
        [
            new XlsxSheet("Hướng dẫn", [new XlsxColumn("Nội dung")], [["Điền ở trang Số liệu"]]),
            new XlsxSheet("Số liệu", [new XlsxColumn("campaign"), new XlsxColumn("unit"), new XlsxColumn("indicator"), new XlsxColumn("period"), new XlsxColumn("value")],
                [["CD", "U1", "I1", "2025-03", "12"]]),
        ]));

        var result = await ThiDuaProcess.RunAsync(["import", "measurements", book, "--database", fromXlsx.ConnectionString]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Dòng/line 1, ô/cell 'Hướng dẫn'!A1 (Nội dung)").And.NotContain("''Hướng dẫn'")
            .And.Contain("Read the sheet 'Hướng dẫn' (the first one, as no --sheet was given)").And.Contain("--sheet \"Số liệu\"")
            .And.Contain("the measurements file 'so-lieu.xlsx'").And.NotContain("measurements.csv");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
