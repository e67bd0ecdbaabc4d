using System.IO.Compression;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>Workbooks that must not get in: each refused with a clear reason in both languages, and nothing written.</summary>
public sealed class XlsxHostileFileTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string UnitsHeader = """<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>kind</t></is></c></row>""";

    private async Task<ImportOutcome> RefusedAsync(byte[] content, ImportKind kind, string fileName)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);
        using var stream = new MemoryStream(content);

        var outcome = await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(stream, new ImportRequest(fileName, kind, NumberCulture.Vi, false, "test"));

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0 && e.MessageVi != e.MessageEn);
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before, "a refused file writes nothing");
        return outcome;
    }

    [Fact]
    public async Task A_text_file_named_xlsx_is_not_a_workbook()
    {
        var outcome = await RefusedAsync("code;name;kind\nU1;Phòng;collective\n"u8.ToArray(), ImportKind.Units, "don-vi.xlsx");

        outcome.Errors.Single().MessageEn.Should().Contain("not a readable Excel workbook").And.Contain("CSV UTF-8");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = Build(UnitsHeader + TextRow(2, "U1", "Phòng", "collective"), extra: zip =>
        {
            using var part = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) part.Write(zeros);
        });
        bomb.Length.Should().BeLessThan(1 << 20, "64 MB of zeros pack into a few hundred KB");

        var outcome = await RefusedAsync(bomb, ImportKind.Units, "don-vi.xlsx");

        outcome.Errors.Single().MessageEn.Should().Contain("zip bomb");
        outcome.Errors.Single().MessageVi.Should().Contain("bom zip");
    }

    [Fact]
    public async Task A_macro_enabled_workbook_renamed_xlsx_is_refused()
    {
        var xlsm = Build(UnitsHeader + TextRow(2, "U1", "Phòng", "collective"), macros: true);

        var outcome = await RefusedAsync(xlsm, ImportKind.Units, "don-vi.xlsx");

        outcome.Errors.Single().MessageEn.Should().Contain("macro-enabled").And.Contain("Save As");
    }

    [Fact]
    public async Task A_formula_cell_is_refused_at_its_cell()
    {
        var rows = UnitsHeader + """<row r="2"><c r="A2" t="inlineStr"><is><t>U1</t></is></c><c r="B2" t="str"><f>CONCAT("Phòng ","Một")</f><v>Phòng Một</v></c><c r="C2" t="inlineStr"><is><t>collective</t></is></c></row>""";

        var outcome = await RefusedAsync(Build(rows), ImportKind.Units, "don-vi.xlsx");

        outcome.Errors.Single().Column.Should().Be("Sheet1!B2 (name)");
        outcome.Errors.Single().MessageEn.Should().Contain("formula").And.Contain("Paste Values");
    }

    [Fact]
    public async Task A_date_written_as_text_in_the_other_culture_is_refused_at_its_cell()
    {
        var rows = TextRow(1, "code", "name", "kind", "start", "end") + TextRow(2, "XLSX2025", "Phong trào", "annual", "12/31/2025", "2025-12-31");

        var outcome = await RefusedAsync(Build(rows), ImportKind.Campaigns, "phong-trao.xlsx");

        outcome.Errors.Single().Column.Should().Be("Sheet1!D2 (start)");
        outcome.Errors.Single().MessageEn.Should().Contain("'12/31/2025' is not a valid date").And.Contain("DD/MM/YYYY");
    }

    [Fact]
    public async Task A_million_empty_rows_are_read_past_quickly_and_a_sheet_of_nothing_else_has_no_data()
    {
        static void Million(TextWriter w)
        {
            for (var r = 3; r < 1_000_003; r++) w.Write($"<row r=\"{r}\"><c r=\"A{r}\" s=\"1\"/><c r=\"C{r}\" t=\"inlineStr\"><is><t> </t></is></c></row>");
        }

        var empty = await RefusedAsync(Build(UnitsHeader, moreRows: Million), ImportKind.Units, "don-vi.xlsx");
        empty.Errors.Single().MessageEn.Should().Contain("has no data rows");

        using var file = CsvImportReader.Read(new MemoryStream(Build(UnitsHeader + TextRow(2, "U1", "Phòng", "collective"), moreRows: Million)),
            "don-vi.xlsx", ImportKind.Units);
        file.Should().ContainSingle();
        file.Errors.Should().BeEmpty();
        file.DataRowCount.Should().Be(1);
    }
}
