using System.Text;
using ThiDua.Import.Marking;
using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Marking;

/// <summary>Files made to hurt the server that gives them back marked (an attacker's audit, round 2): the copy stays about
/// the file's size and is a workbook Excel opens.</summary>
public sealed class HostileFileMarkingTests
{
    private static byte[] Mark(byte[] file, string name)
    {
        using var read = CsvImportReader.Read(new MemoryStream(file), name, ImportKind.Measurements);
        _ = read.ToList();
        read.Errors.Should().NotBeEmpty();
        using var output = new MemoryStream();
        MarkedCopy.TryWrite(new MemoryStream(file), name, ImportKind.Measurements, null, read.Errors, output).Should().BeTrue();
        return output.ToArray();
    }

    [Fact]
    public void One_line_of_twenty_thousand_separators_does_not_make_every_refused_short_row_as_wide()
    {
        // Each short row is wrong as a whole: it was filled cell by cell up to the widest row, 200 × 20,001 cells here (a
        // 115 KB file of 100,000 separators and 1,000 short rows gave a 430 MB copy after a minute of the server's time).
        var csv = new StringBuilder("campaign,unit,indicator,period,value\nBK2022").Insert(42, ",x", 20_000).Append('\n');
        for (var i = 0; i < 200; i++) csv.Append("BK2022,SO_TTTT\n");
        var file = Encoding.UTF8.GetBytes(csv.ToString());

        var bytes = Mark(file, "rong.csv");

        bytes.Length.Should().BeLessThan(file.Length * 10, "the copy holds the file's own cells (an xlsx cell is some 50 bytes of XML), not the widest row again for each refused row");
        var copy = MarkedWorkbook.Open(bytes);
        copy.FilledRows.Should().Contain([2, 3, 202], "a row wrong as a whole is filled by its own format, every column Excel has");
        copy.FilledCells.Where(c => c.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H') == "3").Should().Equal("A3", "B3");
        copy.Data.Keys.Should().Contain("XFD2", "Excel's last column").And.NotContain("XFE2", "a cell past it makes Excel call the file damaged");
    }

    [Fact]
    public void A_value_in_an_unnamed_column_past_Excel_s_last_is_linked_by_its_row()
    {
        var csv = new StringBuilder("campaign,unit,indicator,period,value").Append(',', 19_995)
            .Append("\nBK2022,SO_TTTT,BK22-01,2022-03,1").Append(',', 19_995).Append("x\n");

        var copy = MarkedWorkbook.Open(Mark(Encoding.UTF8.GetBytes(csv.ToString()), "a.csv"));

        copy.ErrorRows[1][2].Should().Be("#20000");
        copy.Links.Should().Equal(new Dictionary<string, string> { ["A2"] = "'Số liệu thực hiện'!2:2" }, "column 20,000 is not in any workbook");
        copy.Data.Keys.Should().OnlyContain(k => k.Length <= 3 + 2, "no cell past XFD (a column of four letters)");
    }

    [Fact]
    public void A_sheet_named_past_Excel_s_31_characters_with_an_emoji_at_the_cut_is_given_back_marked()
    {
        var rows = TextRow(1, "campaign", "unit", "indicator", "period", "value") + TextRow(2, "BK2022", "SO_TTTT", "BK22-01", "2022-03", "abc");
        var workbook = Build(rows, sheetName: new string('A', 30) + "\U0001F600 tháng 3");

        var copy = MarkedWorkbook.Open(Mark(workbook, "thang-3.xlsx"));

        copy.SheetNames.Should().Equal(new string('A', 30), "Lỗi");
        copy.Links.Values.Should().OnlyContain(l => l.StartsWith($"'{new string('A', 30)}'!", StringComparison.Ordinal));
    }
}
