using System.Globalization;
using ThiDua.Analytics.Output;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Import.Xlsx;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Import.Xlsx;

namespace ThiDua.Tests.Exports;

/// <summary>
/// A workbook ThiDua exports, read back by ThiDua's own import reader (the one <c>thidua import FILE.xlsx</c> uses),
/// gives the CSV output's rows for every seed campaign: the same texts, the same numbers — a percentage cell reading as
/// its percent, as the import documents (0,9734 shown 97,34% reads 97.34).
/// </summary>
public sealed class ExportReadBackByImportTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_ranking_attainment_and_awards_workbooks_read_by_the_import_reader_give_the_csv_rows()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaigns = File.ReadAllLines(Path.Combine(Infrastructure.SeedFiles.Directory, "campaigns.csv")).Skip(1).Select(l => l.Split(';')[0]).ToList();
        foreach (var c in campaigns)
        {
            var ranking = (await runtime.Analytics.RankingAsync(c, null, null)).Rows;
            Same(AnalyticsSheets.Ranking(ranking), AnalyticsCsv.Ranking(ranking), $"{c} ranking");
            var attainment = (await runtime.Analytics.AttainmentAsync(c, null, null)).Rows;
            Same(AnalyticsSheets.Attainment(attainment), AnalyticsCsv.Attainment(attainment), $"{c} attainment", percentColumn: "ratio");
            var awards = (await runtime.Analytics.AwardsAsync(c, null)).Rows;
            Same(AnalyticsSheets.Awards(awards), AnalyticsCsv.Awards(awards), $"{c} awards");
        }
    }

    private static void Same(IReadOnlyList<XlsxSheet> sheets, string csv, string what, string? percentColumn = null)
    {
        var bytes = XlsxWorkbookWriter.ToBytes(sheets);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => SeedWorkbook.Split(l.TrimEnd('\r'), ',')).ToList();
        var header = lines[0];
        var read = new List<string[]>();
        foreach (var name in XlsxPackage.SheetNames(new MemoryStream(bytes), "export.xlsx"))
        {
            var rows = Read(bytes, name);
            rows[0].Should().Equal(header, $"{what}: sheet {name} has the CSV's header");
            read.AddRange(rows.Skip(1));
        }
        read.Should().HaveCount(lines.Count - 1, what);
        var percent = percentColumn is null ? -1 : Array.IndexOf(header, percentColumn);
        for (var i = 0; i < read.Count; i++)
            for (var col = 0; col < header.Length; col++)
            {
                var (got, want) = (read[i][col], lines[i + 1][col]);
                if (decimal.TryParse(want, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && got.Length > 0)
                    decimal.Parse(got, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(col == percent ? number * 100m : number, $"{what} row {i + 2} {header[col]}");
                else
                    got.Should().Be(want, $"{what} row {i + 2} {header[col]}");
            }
    }

    // Through the import's own pieces: the package (limits, sheet, shared strings, styles), the row reader, the cell text.
    private static List<string[]> Read(byte[] bytes, string sheet)
    {
        using var package = XlsxPackage.Open(new MemoryStream(bytes), leaveOpen: false, "export.xlsx", sheet);
        using var reader = new XlsxSheetReader(package.OpenSheet(), package.FileName);
        var rows = new List<string[]>();
        var cells = new List<XlsxRawCell>();
        int width = 0;
        while (reader.TryReadRow(out _, cells))
        {
            if (rows.Count == 0) width = cells.Max(c => c.Column) + 1;
            var row = new string[width].Select(_ => "").ToArray();
            foreach (var cell in cells)
            {
                row[cell.Column] = XlsxCellText.Of(cell, package, NumberCulture.En, monthColumn: false, out var error);
                error.Should().BeNull();
            }
            rows.Add(row);
            cells.Clear();
        }
        return rows;
    }
}
