using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Tests.Exports;

/// <summary>Text that looks like a formula (a unit named "=HYPERLINK(…)") is written as guarded text, never as a formula.</summary>
public sealed class XlsxFormulaGuardTests
{
    [Fact]
    public void A_text_cell_starting_like_a_formula_is_written_as_text_with_the_csvs_leading_quote()
    {
        string[] hostile = ["=HYPERLINK(\"http://x.invalid\",\"Bấm\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTab", "Phòng Một", "1-2"];
        var bytes = XlsxWorkbookWriter.ToBytes([new XlsxSheet("Đơn vị", [new XlsxColumn("unit_name"), new XlsxColumn("score", XlsxCellStyle.Fixed2)],
            hostile.Select(h => new object?[] { h, -1.5m }).ToList())]);

        var sheet = WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single();
        sheet.DataTexts(2).Select(r => r[0]).Should().Equal("'=HYPERLINK(\"http://x.invalid\",\"Bấm\")", "'+1+2", "'-2+3", "'@SUM(A1:A2)", "'\tTab", "Phòng Một", "1-2");
        sheet.Rows.Skip(1).Select(r => r[0]!.IsNumber).Should().AllBeEquivalentTo(false);
        sheet.Rows.Skip(1).Select(r => r[1]!.Text).Should().AllBeEquivalentTo("-1.5", "a negative number stays a number");
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty();
        ThiDua.Analytics.Output.CsvCells.Text(hostile[0]).Should().StartWith("\"'=", "the CSV writes the same guard");
    }

    [Fact]
    public void A_header_from_user_data_starting_like_a_formula_gets_the_same_guard()
    {
        // The heatmap's headers are the indicators' names, as imported.
        var bytes = XlsxWorkbookWriter.ToBytes([new XlsxSheet("Đơn vị × chỉ tiêu",
            [new XlsxColumn("Mã đơn vị"), new XlsxColumn("=HYPERLINK(\"http://x.invalid\")", XlsxCellStyle.Percent), new XlsxColumn("-Tỷ lệ", XlsxCellStyle.Percent)],
            [["BK-CNTT", 0.5m, 1m]])]);

        WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single().Header
            .Should().Equal("Mã đơn vị", "'=HYPERLINK(\"http://x.invalid\")", "'-Tỷ lệ");
    }
}
