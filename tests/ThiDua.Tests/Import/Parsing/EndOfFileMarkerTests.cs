using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>A Ctrl-Z (0x1A) that ends a file is the end-of-file mark DOS-era tools append, not a row (input audit, round 2).</summary>
public class EndOfFileMarkerTests
{
    private const string Units = "code;name;kind\r\nSO_TTTT;Sở Thông tin và Truyền thông;tập thể\r\nSO_TC;Sở Tài chính;tập thể";

    [Theory]
    [InlineData("\r\n\u001a")]
    [InlineData("\u001a")]
    public void A_ctrl_z_ending_the_file_is_read_as_its_end_not_as_a_row(string end)
    {
        var read = CsvTestFiles.Read<UnitRow>(CsvTestFiles.Utf8(Units + end, bom: true));
        read.Errors.Should().BeEmpty();
        read.Rows.Select(r => r.Name).Should().Equal("Sở Thông tin và Truyền thông", "Sở Tài chính");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(65536)]
    public void A_ctrl_z_ending_a_file_longer_than_the_first_chunk_is_dropped_whatever_the_reads(int chunk)
    {
        var text = new StringBuilder("code;name;kind\n");
        for (var i = 0; i < 3000; i++) text.Append("DV").Append(i).Append(";Đơn vị số ").Append(i).Append(";tập thể\n");
        using var trickle = new TrickleStream(new MemoryStream(Encoding.UTF8.GetBytes(text.Append('\u001a').ToString())), chunk);
        using var file = CsvImportReader.Read<UnitRow>(trickle, "units.csv");
        file.Count().Should().Be(3000);
        file.Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_ctrl_z_inside_the_file_is_still_refused_as_a_control_character()
    {
        var read = CsvTestFiles.Read<UnitRow>("code;name;kind\nSO_TC;Sở Tài\u001a chính;tập thể\n");
        read.Errors.Should().ContainSingle().Which.MessageEn.Should().Contain("control characters");
    }

    [Fact]
    public void A_utf16_file_keeps_its_last_character_whatever_its_bytes()
    {
        // The file ends in U+011A (Ě, bytes 01 1A in UTF-16 BE): its last byte is 0x1A as part of a character, not a mark.
        var read = CsvTestFiles.Read<UnitRow>(CsvTestFiles.Utf16("code;kind;name\nSO_TC;tập thể;Sở Tài chính\nSO_X;tập thể;Tên Ě", bigEndian: true));
        read.Errors.Should().BeEmpty();
        read.Rows.Last().Name.Should().Be("Tên Ě");
    }
}
