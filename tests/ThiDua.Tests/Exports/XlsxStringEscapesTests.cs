using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Exports;

/// <summary>
/// Text XML cannot hold, and text that reads like Excel's own escape, written and read as Excel does (<c>_x0001_</c>,
/// <c>_x005F_</c>): a line break Excel saved as <c>_x000D_</c> was imported as those seven characters.
/// </summary>
public sealed class XlsxStringEscapesTests
{
    [Theory]
    [InlineData("Phòng Tổ chức")]
    [InlineData("a\u0001b\u000bc")]
    [InlineData("mã_x0041_ như gõ")]
    [InlineData("_x000D_")]
    [InlineData("đơn_vị__2")]
    [InlineData("🏅 khen \ud800 lẻ")]
    public void Any_text_read_back_is_the_text_written(string text)
    {
        var written = XlsxStringEscapes.Encode(text);

        System.Xml.XmlConvert.VerifyXmlChars(written).Should().Be(written);
        XlsxStringEscapes.Decode(written).Should().Be(text);
    }

    [Fact]
    public void A_line_break_excel_saved_in_a_note_is_imported_as_a_line_break()
    {
        var workbook = Build(TextRow(1, "campaign", "unit", "indicator", "period", "value", "note")
            + TextRow(2, "BK2022", "SO_TTTT", "BK22-01", "2022-03", "5", "dòng một_x000D_\ndòng hai"));

        using var file = CsvImportReader.Read(new MemoryStream(workbook), "a.xlsx", ImportKind.Measurements);
        var row = file.Cast<MeasurementRow>().Single();

        row.Note.Should().Be("dòng một\r\ndòng hai");
    }
}
