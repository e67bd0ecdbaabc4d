using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Tests.Exports;

/// <summary>
/// Long text a clerk must read in full: a reason or change longer than the 60-character column is wrapped, not cut at
/// the column's edge; a long header (the heatmap's indicator names) wraps in the header row instead of making its
/// column 60 wide.
/// </summary>
public sealed class XlsxLongTextTests
{
    private const string LongReason =
        "Đạt tất cả tiêu chuẩn của hình thức; Xếp thứ 1 trong Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1), trong số lượng được khen";
    private const string LongIndicator = "Đề án tổng thể về chuyển đổi số tỉnh Bắc Kạn giai đoạn 2021-2025, định hướng đến năm 2030";

    [Fact]
    public void Text_longer_than_its_column_wraps_and_a_long_header_wraps_in_a_narrow_column()
    {
        var bytes = XlsxWorkbookWriter.ToBytes([new XlsxSheet("Khen thưởng",
            [new XlsxColumn("Mã đơn vị"), new XlsxColumn("Lý do"), new XlsxColumn(LongIndicator, XlsxCellStyle.Percent)],
            [["BK-CNTT", LongReason, 0.9734m], ["BK-BCVT", "Ngắn", 1m]])]);

        var sheet = WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single(); // also validates the OpenXML
        sheet.Rows[1][1]!.Text.Should().Be(LongReason, "the whole text is in the cell");
        sheet.Widths[1].Should().Be(60);
        sheet.Widths[2].Should().BeLessThan(30, "a percentage column is not 60 wide for its header's sake");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var cells = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        bool Wraps(string reference) => formats[(int)(cells[reference].StyleIndex?.Value ?? 0)].Alignment?.WrapText?.Value == true;
        bool Bold(string reference) => document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)formats[(int)cells[reference].StyleIndex!.Value].FontId!.Value).Bold is not null;

        Wraps("C1").Should().BeTrue("the long header wraps");
        Bold("C1").Should().BeTrue();
        Wraps("B2").Should().BeTrue("the long reason wraps");
        Wraps("B3").Should().BeTrue("the column wraps as a whole");
        Wraps("A2").Should().BeFalse("a column of short codes is left as it is");
        sheet.Rows[1][1]!.Format.Should().Be("@");
        sheet.Rows[1][2]!.Format.Should().Be("0.00%");
    }
}
