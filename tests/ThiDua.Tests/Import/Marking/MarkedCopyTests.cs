using System.Text;
using ThiDua.Import.Marking;
using ThiDua.Import.Parsing;
using ThiDua.Import.Plausibility;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Marking;

/// <summary>A refused file given back as a workbook with its own rows, the wrong cells filled and the errors listed
/// with links — and the copy, imported as it is, refused for the same errors at the same places.</summary>
public sealed class MarkedCopyTests
{
    private const string Refused = """
        Phong trào;Đơn vị;Chỉ tiêu;Kỳ;Giá trị
        BK2022;SO_TTTT;BK22-01;03/2022;12,5
        BK2022;SO_TTTT;BK22-02;03/2022;mười hai
        BK2022;;BK22-01;04/2022;7
        BK2022;SO_GDDT;BK22-01;13/2022;-3
        """;

    private static (IReadOnlyList<ImportError> Errors, List<IImportRow> Rows) Read(byte[] file, string name, string? sheet = null)
    {
        using var read = CsvImportReader.Read(new MemoryStream(file), name, ImportKind.Measurements, sheet: sheet);
        var rows = read.ToList();
        return (read.Errors, rows);
    }

    private static byte[] Mark(byte[] file, string name, IReadOnlyList<ImportError> errors, IReadOnlyList<ImportWarning>? warnings = null)
    {
        using var output = new MemoryStream();
        MarkedCopy.TryWrite(new MemoryStream(file), name, ImportKind.Measurements, null, errors, output, warnings).Should().BeTrue();
        return output.ToArray();
    }

    [Fact]
    public void A_refused_csv_comes_back_with_its_rows_at_their_lines_and_the_wrong_cells_filled()
    {
        var csv = Parsing.CsvTestFiles.Utf8(Refused, bom: true); // as a Vietnamese Excel saves it
        var (errors, _) = Read(csv, "so-lieu.csv");
        errors.Select(e => e.Line).Should().Equal(3, 4, 5);

        var copy = MarkedWorkbook.Open(Mark(csv, "so-lieu.csv", errors));

        copy.SheetNames.Should().Equal("Số liệu thực hiện", "Lỗi");
        copy.Data["A1"].Text.Should().Be("Phong trào");
        copy.Data["E3"].Text.Should().Be("mười hai");
        copy.Data["E2"].Text.Should().Be("12,5", "a CSV's cells are text, as the import read them");
        copy.FilledCells.Should().Equal("B4", "D5", "E3");
        copy.Data["B4"].Text.Should().BeEmpty("the missing unit is an empty cell, filled");
        copy.ErrorRows[0].Should().Equal("Ô", "Dòng", "Cột", "Giá trị", "Lỗi", "Error");
        copy.ErrorRows.Skip(1).Select(r => r[0]).Should().Equal("E3", "B4", "D5");
        copy.ErrorRows[1][2].Should().Be("Giá trị");
        copy.ErrorRows[1][4].Should().Be(errors[0].MessageVi);
        copy.Links.Should().Equal(new Dictionary<string, string>
        {
            ["A2"] = "'Số liệu thực hiện'!E3", ["A3"] = "'Số liệu thực hiện'!B4", ["A4"] = "'Số liệu thực hiện'!D5",
        });
    }

    [Fact]
    public void The_copy_imported_as_it_is_is_refused_for_the_same_errors_at_the_same_rows_and_columns()
    {
        var csv = Encoding.UTF8.GetBytes(Refused);
        var (errors, rows) = Read(csv, "so-lieu.csv");

        var (again, rowsAgain) = Read(Mark(csv, "so-lieu.csv", errors), "so-lieu-danh-dau-loi.xlsx");

        again.Select(e => (e.Line, e.Column, e.MessageVi)).Should().Equal(errors.Select(e =>
            (e.Line, (string?)$"'Số liệu thực hiện'!{XlsxCellOf(e)} ({e.Column})", e.MessageVi)));
        rowsAgain.Should().BeEquivalentTo(rows, o => o.WithStrictOrdering().RespectingRuntimeTypes());
    }

    private static string XlsxCellOf(ImportError e) =>
        $"{"ABCDE"[Array.IndexOf(["Phong trào", "Đơn vị", "Chỉ tiêu", "Kỳ", "Giá trị"], e.Column)]}{e.Line}";

    [Theory]
    [InlineData(false, 44621)]
    [InlineData(true, 43159)] // the same 1 March 2022 in a workbook counting from 1904 (Excel for Mac's old default)
    public void A_workbook_keeps_its_sheet_name_numbers_dates_and_percentages_so_its_corrected_copy_imports_as_the_original_would(bool date1904, int march2022)
    {
        // Row 1 blank, header on row 2; C3 a percentage (96 %), D3 a date cell (March 2022), E4 a number stored as text
        // in the wrong culture's notation, the error; row 5 a correct number cell.
        var rows = TextRow(2, "campaign", "unit", "indicator", "period", "value")
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>BK2022</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>SO_TTTT</t></is></c>"
            + $"<c r=\"C3\" t=\"inlineStr\"><is><t>BK22-01</t></is></c><c r=\"D3\" s=\"3\"><v>{march2022}</v></c><c r=\"E3\" s=\"2\"><v>0.96</v></c></row>"
            + TextRow(4, "BK2022", "SO_TTTT", "BK22-02", "2022-03", "1,234.5")
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>BK2022</t></is></c><c r=\"B5\" t=\"inlineStr\"><is><t>SO_TTTT</t></is></c>"
            + "<c r=\"C5\" t=\"inlineStr\"><is><t>BK22-03</t></is></c><c r=\"D5\" t=\"inlineStr\"><is><t>03/2022</t></is></c><c r=\"E5\"><v>1234.5</v></c></row>";
        var workbook = Build(rows, sheetName: "Tháng 3", workbookProperties: date1904 ? "<workbookPr date1904=\"1\"/>" : "");
        var (errors, good) = Read(workbook, "thang-3.xlsx");
        errors.Should().ContainSingle().Which.Line.Should().Be(4);

        var bytes = Mark(workbook, "thang-3.xlsx", errors);
        var copy = MarkedWorkbook.Open(bytes);

        copy.SheetNames.Should().Equal("Tháng 3", "Lỗi");
        copy.FilledCells.Should().Equal("E4");
        copy.Data["E5"].Should().Be(new MarkedWorkbook.CellRead("1234.5", true, null));
        copy.Data["E3"].IsNumber.Should().BeTrue();
        copy.Links.Should().Equal(new Dictionary<string, string> { ["A2"] = "'Tháng 3'!E4" });
        var (again, rowsAgain) = Read(bytes, "thang-3-danh-dau-loi.xlsx");
        again.Select(e => (e.Line, e.Column, e.MessageVi)).Should().Equal(errors.Select(e => (e.Line, e.Column, e.MessageVi)));
        rowsAgain.Should().BeEquivalentTo(good, o => o.WithStrictOrdering().RespectingRuntimeTypes());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_filled_whole_and_linked_as_a_row()
    {
        var csv = Encoding.UTF8.GetBytes("sep=,\ncampaign,unit,indicator,period,value\nBK2022,SO_TTTT,BK22-01,2022-03,1,5\nBK2022,SO_TTTT,BK22-02,2022-03,2\n");
        var (errors, _) = Read(csv, "a.csv");
        errors.Should().ContainSingle().Which.Line.Should().Be(3);

        var copy = MarkedWorkbook.Open(Mark(csv, "a.csv", errors));

        copy.Data["A2"].Text.Should().Be("campaign", "the sep= line is row 1, so every line keeps its number");
        copy.FilledCells.Should().Equal("A3", "B3", "C3", "D3", "E3", "F3");
        copy.Links.Should().Equal(new Dictionary<string, string> { ["A2"] = "'Số liệu thực hiện'!3:3" });
    }

    [Fact]
    public void A_header_the_import_does_not_know_is_filled_in_the_header_row()
    {
        var csv = Encoding.UTF8.GetBytes("campaign,unit,indicator,period,value,ghi chu them\nBK2022,SO_TTTT,BK22-01,2022-03,1,x\n");
        var (errors, _) = Read(csv, "a.csv");
        errors.Should().ContainSingle().Which.Line.Should().Be(1);

        var copy = MarkedWorkbook.Open(Mark(csv, "a.csv", errors));

        copy.FilledCells.Should().Equal("F1");
        copy.Data["F1"].Text.Should().Be("ghi chu them");
    }

    [Fact]
    public void A_control_character_pasted_into_a_cell_does_not_stop_the_copy()
    {
        var csv = Encoding.UTF8.GetBytes("campaign,unit,indicator,period,value,note\nBK2022,SO_TTTT,BK22-01,2022-03,x,a\u0001b\u000bc\n");
        var (errors, _) = Read(csv, "a.csv");

        var copy = MarkedWorkbook.Open(Mark(csv, "a.csv", errors));

        copy.FilledCells.Should().Equal("E2", "F2");
        Read(Mark(csv, "a.csv", errors), "a-danh-dau-loi.xlsx").Errors.Select(e => e.MessageVi).Should().Equal(errors.Select(e => e.MessageVi),
            "the control characters are in the copy, escaped as Excel escapes them, and refused again");
    }

    [Fact]
    public void Errors_about_the_whole_file_leave_nothing_to_mark()
    {
        var (errors, _) = Read(Encoding.UTF8.GetBytes("campaign,unit,indicator,period,value\n"), "a.csv");
        errors.Should().OnlyContain(e => e.Line == 0);
        MarkedCopy.CanMark(errors).Should().BeFalse();
        MarkedCopy.CanMark(Read(Encoding.UTF8.GetBytes(Refused), "b.csv").Errors).Should().BeTrue();
    }

    private static ImportWarning Warning(int line, string value, decimal against) =>
        new(line, "value", value, "tenfold_correction", against, $"Dòng {line}: gấp 100 lần số đã có {against}.", $"Line {line}: 100 times the stored {against}.");

    [Fact]
    public void Warned_figures_are_filled_yellow_and_listed_with_what_they_were_judged_against_and_a_wrong_cell_stays_red()
    {
        var csv = Encoding.UTF8.GetBytes(Refused);
        var (errors, _) = Read(csv, "so-lieu.csv");
        ImportWarning[] warnings = [Warning(2, "1250", 12.5m), Warning(3, "1200", 12m)]; // line 3's value is also an error

        var copy = MarkedWorkbook.Open(Mark(csv, "so-lieu.csv", errors, warnings));

        copy.SheetNames.Should().Equal("Số liệu thực hiện", "Lỗi", "Cảnh báo");
        copy.WarnedCells.Should().Equal("E2");
        copy.FilledCells.Should().Equal("B4", "D5", "E3");
        copy.WarningRows[0].Should().Equal("Ô", "Dòng", "Cột", "Giá trị", "So với", "Cảnh báo", "Warning");
        copy.WarningRows[1].Should().Equal("E2", "2", "Giá trị", "1250", "12.5", warnings[0].MessageVi, warnings[0].MessageEn);
        copy.WarningLinks.Should().Equal(new Dictionary<string, string>
        {
            ["A2"] = "'Số liệu thực hiện'!E2", ["A3"] = "'Số liệu thực hiện'!E3",
        });
    }

    [Fact]
    public void A_file_held_back_only_for_its_warnings_has_no_errors_sheet_and_a_workbook_s_value_column_is_found_by_its_header()
    {
        var rows = TextRow(1, "Phong trào", "Đơn vị", "Chỉ tiêu", "Kỳ", "Ghi chú", "Giá trị") + TextRow(2, "BK2022", "SO_TTTT", "BK22-01", "2022-03", "", "1250");
        var workbook = Build(rows, sheetName: "Tháng 3");
        var (errors, _) = Read(workbook, "thang-3.xlsx");
        errors.Should().BeEmpty();
        MarkedCopy.CanMark(errors, [Warning(2, "1250", 12.5m)]).Should().BeTrue();

        var copy = MarkedWorkbook.Open(Mark(workbook, "thang-3.xlsx", errors, [Warning(2, "1250", 12.5m)]));

        copy.SheetNames.Should().Equal("Tháng 3", "Cảnh báo");
        copy.WarnedCells.Should().Equal("F2");
        copy.FilledCells.Should().BeEmpty();
        copy.WarningLinks.Should().Equal(new Dictionary<string, string> { ["A2"] = "'Tháng 3'!F2" });
    }
}
