using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Xlsx;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>
/// Files whose header is not where or what the import expects say why (input audit, round 2): another kind's file was
/// one "unknown column" per column; a report's title line above the table was "the delimiter could not be detected"; a
/// signature under it was "the row has 1 fields".
/// </summary>
public class HeaderHintTests
{
    private const string Measurements = "campaign;unit;indicator;period;value;note\nCD2025;SO_TTTT;CT01;2025-03;12;\n";

    [Fact]
    public void A_measurements_file_imported_as_units_says_first_that_its_header_is_a_measurements_header()
    {
        var errors = CsvTestFiles.Read(ImportKind.Units, Measurements).Errors;
        var first = errors.First();
        first.Line.Should().Be(0);
        first.MessageVi.Should().Contain("Dòng tiêu đề là của tệp measurements, không phải units").And.Contain("thidua import measurements");
        first.MessageEn.Should().Contain("The header is a measurements file's, not a units file's").And.Contain("thidua import measurements");
    }

    [Fact]
    public void A_header_that_fits_no_kind_gets_no_kind_hint()
    {
        var errors = CsvTestFiles.Read(ImportKind.Units, "ma;ten;loai_xyz\nA;B;C\n").Errors;
        errors.Should().NotBeEmpty().And.NotContain(e => e.MessageEn.Contains("file's, not a"));
    }

    [Fact]
    public void A_title_line_above_the_csv_header_says_to_delete_the_lines_above_it()
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, "BÁO CÁO SỐ LIỆU THI ĐUA THÁNG 3\n" + Measurements).Errors.Should().ContainSingle().Subject;
        error.MessageVi.Should().Contain("tựa đề phía trên bảng");
        error.MessageEn.Should().Contain("a title above the table");
    }

    [Fact]
    public void A_title_row_above_a_workbook_header_says_to_delete_the_rows_above_it()
    {
        var workbook = CraftedWorkbook.Build(CraftedWorkbook.TextRow(1, "BÁO CÁO SỐ LIỆU") + CraftedWorkbook.TextRow(3, "code", "name", "kind"));
        using var file = CsvImportReader.Read(new MemoryStream(workbook), "don-vi.xlsx", ImportKind.Units);
        file.ToList().Should().BeEmpty();
        file.Errors.Should().Contain(e => e.Line == 0 && e.MessageVi.Contains("chỉ có một ô ('BÁO CÁO SỐ LIỆU')") && e.MessageEn.Contains("a title above the table"));
    }

    [Fact]
    public void A_signature_line_under_the_table_says_to_delete_it()
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, Measurements + "Người lập biểu: Nguyễn Văn A\n").Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.MessageVi.Should().Contain("dòng chữ ngoài bảng");
        error.MessageEn.Should().Contain("a line of text outside the table");
    }
}
