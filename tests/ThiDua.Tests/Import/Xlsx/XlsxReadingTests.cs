using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>An .xlsx read into the same rows the CSV reader gives: numbers as stored, text by culture, dates, and where errors are.</summary>
public sealed class XlsxReadingTests
{
    internal static (List<IImportRow> Rows, IReadOnlyList<ImportError> Errors) Read(byte[] workbook, ImportKind kind,
        NumberCulture culture = NumberCulture.Vi, string fileName = "so-lieu.xlsx", string? sheet = null)
    {
        using var file = CsvImportReader.Read(new MemoryStream(workbook), fileName, kind, culture, sheet: sheet);
        var rows = file.ToList();
        file.IsComplete.Should().BeTrue();
        return (rows, file.Errors);
    }

    [Fact]
    public void Every_seed_file_as_a_workbook_reads_as_the_same_rows_as_its_csv()
    {
        foreach (var (kind, name) in SeedFiles.InOrder)
        {
            var path = Path.Combine(SeedFiles.Directory, name);
            using var csv = CsvImportReader.ReadFile(path, kind);
            var expected = csv.ToList();

            var (rows, errors) = Read(SeedWorkbook.From(path), kind);

            errors.Should().BeEmpty(name);
            // Line included: a row is its sheet row, as a CSV row is its line.
            rows.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().RespectingRuntimeTypes(), name);
        }
    }

    [Theory]
    [InlineData(NumberCulture.Vi)]
    [InlineData(NumberCulture.En)]
    public void A_number_cell_is_taken_as_stored_whatever_the_culture_and_a_text_cell_follows_the_culture(NumberCulture culture)
    {
        var rows = TextRow(1, "campaign", "unit", "indicator", "period", "value")
            + """<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>U1</t></is></c><c r="C2" t="inlineStr"><is><t>I1</t></is></c><c r="D2" s="3"><v>45717</v></c><c r="E2"><v>1110000.5</v></c></row>"""
            + """<row r="3"><c r="A3" t="inlineStr"><is><t>C1</t></is></c><c r="B3" t="inlineStr"><is><t>U1</t></is></c><c r="C3" t="inlineStr"><is><t>I2</t></is></c><c r="D3" t="inlineStr"><is><t>2025-03</t></is></c><c r="E3" s="2"><v>0.96</v></c></row>"""
            + TextRow(4, "C1", "U1", "I3", "03/2025", "1.234");

        var (read, errors) = Read(Build(rows), ImportKind.Measurements, culture);

        errors.Should().BeEmpty();
        var m = read.Cast<MeasurementRow>().ToList();
        m[0].Value.Should().Be(1110000.5m);
        m[0].Period.ToString().Should().Be("2025-03", "a month cell (Mar-2025) is its month");
        m[1].Value.Should().Be(96m, "a percentage cell \"96%\" reads as the CSV's 96%");
        m[2].Value.Should().Be(culture == NumberCulture.Vi ? 1234m : 1.234m, "text is read in the file's culture, as in a CSV");
    }

    [Fact]
    public void Errors_name_the_sheet_the_cell_and_its_header_and_the_row_is_the_sheet_row()
    {
        var rows = TextRow(1, "", "", "", "") + TextRow(3, "campaign", "unit", "indicator", "period", "value")
            + TextRow(4, "C1", "U1", "I1", "2025-03", "12")
            + TextRow(5, "C1", "U1", "I1", "2025-13", "mười hai");

        var (read, errors) = Read(Build(rows, sheetName: "Số liệu"), ImportKind.Measurements);

        read.Should().ContainSingle();
        errors.Select(e => (e.Line, e.Column)).Should().Equal((5, "'Số liệu'!D5 (period)"), (5, "'Số liệu'!E5 (value)"));
        errors.Should().OnlyContain(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0);
    }

    [Fact]
    public void The_sheet_option_picks_a_sheet_by_name_and_an_unknown_one_lists_the_sheets()
    {
        var book = XlsxWorkbookWriter.ToBytes(
        [
            new XlsxSheet("Ghi chú", [new XlsxColumn("ghi chú")], [["không phải dữ liệu"]]),
            new XlsxSheet("Đơn vị", [new XlsxColumn("code"), new XlsxColumn("name"), new XlsxColumn("kind")], [["U1", "Phòng Một", "collective"]]),
        ]);

        Read(book, ImportKind.Units, sheet: "đơn vị").Rows.Cast<UnitRow>().Single().Code.Should().Be("U1");
        var (rows, errors) = Read(book, ImportKind.Units, sheet: "Sheet9");
        rows.Should().BeEmpty();
        errors.Single().MessageEn.Should().Contain("no sheet 'Sheet9'").And.Contain("'Ghi chú', 'Đơn vị'");
        errors.Single().MessageVi.Should().Contain("không có trang tính 'Sheet9'");
    }

    [Fact]
    public void An_unrecognised_header_on_the_first_sheet_names_the_sheet_read_lists_the_sheets_and_suggests_the_sheet_option()
    {
        var book = XlsxWorkbookWriter.ToBytes(
        [
            new XlsxSheet("Hướng dẫn", [new XlsxColumn("Nội dung")], [["Điền ở trang Số liệu"]]),
            new XlsxSheet("Số liệu", [new XlsxColumn("campaign"), new XlsxColumn("unit"), new XlsxColumn("indicator"), new XlsxColumn("period"), new XlsxColumn("value")],
                [["C1", "U1", "I1", "2025-03", "12"]]),
        ]);

        var (rows, errors) = Read(book, ImportKind.Measurements);

        rows.Should().BeEmpty();
        var hint = errors.Should().ContainSingle(e => e.Line == 0).Subject;
        hint.MessageEn.Should().Contain("Read the sheet 'Hướng dẫn' (the first one, as no --sheet was given)")
            .And.Contain("'Hướng dẫn', 'Số liệu'").And.Contain("--sheet \"Số liệu\"");
        hint.MessageVi.Should().Contain("Đã đọc trang tính 'Hướng dẫn' (trang đầu tiên, vì không có --sheet)").And.Contain("--sheet \"Số liệu\"");
        errors.Where(e => e.Line == 1).Should().NotBeEmpty()
            .And.OnlyContain(e => e.MessageEn.Contains("the sheet 'Hướng dẫn' of the measurements file 'so-lieu.xlsx'") && !e.MessageEn.Contains(".csv")
                && e.MessageVi.Contains("trang tính 'Hướng dẫn' của tệp measurements 'so-lieu.xlsx'"));
        Read(book, ImportKind.Measurements, sheet: "Số liệu").Errors.Should().NotContain(e => e.Column != null && e.Column.StartsWith("'Hướng dẫn'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unrecognised_header_of_a_one_sheet_workbook_suggests_no_other_sheet()
    {
        var book = XlsxWorkbookWriter.ToBytes([new XlsxSheet("Hướng dẫn", [new XlsxColumn("Ghi chú")], [["x"]])]);

        var (_, errors) = Read(book, ImportKind.Measurements);

        errors.Should().NotBeEmpty().And.NotContain(e => e.MessageEn.Contains("--sheet"));
    }

    [Fact]
    public void Shared_strings_rich_text_and_an_office_row_number_column_filled_by_a_formula_are_read()
    {
        var rows = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>"""
            + """<row r="2"><c r="A2"><f>ROW()-1</f><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c><c r="D2" t="s"><v>6</v></c></row>""";
        string[] strings = ["STT", "Mã đơn vị", "Tên", "Loại", "U1", "<r><t xml:space=\"preserve\">Phòng </t></r><r><rPr><b/></rPr><t>Kế hoạch</t></r><rPh><t>x</t></rPh>", "tập thể"];

        var (read, errors) = Read(Build(rows, strings), ImportKind.Units);

        errors.Should().BeEmpty();
        read.Cast<UnitRow>().Single().Should().Match<UnitRow>(u => u.Code == "U1" && u.Name == "Phòng Kế hoạch" && u.Kind == ThiDua.Units.UnitKind.Collective);
    }
}
