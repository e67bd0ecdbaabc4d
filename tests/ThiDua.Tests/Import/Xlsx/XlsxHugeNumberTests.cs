using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>
/// A number cell far beyond any KPI (input audit, round 2): "1E+308" was handed on as text and refused as "not a number
/// in the vi format: '.' groups thousands…", a fix the analyst cannot make to a number cell.
/// </summary>
public sealed class XlsxHugeNumberTests
{
    [Theory]
    [InlineData("1E+308", NumberCulture.Vi)]
    [InlineData("-1.5E+20", NumberCulture.En)]
    [InlineData("1E+16", NumberCulture.Vi)]
    public void A_huge_number_cell_is_refused_as_too_large_naming_its_cell(string stored, NumberCulture culture)
    {
        var rows = TextRow(1, "campaign", "unit", "indicator", "period", "value")
            + $"""<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>U1</t></is></c><c r="C2" t="inlineStr"><is><t>I1</t></is></c><c r="D2" t="inlineStr"><is><t>2025-03</t></is></c><c r="E2"><v>{stored}</v></c></row>""";
        using var file = CsvImportReader.Read(new MemoryStream(Build(rows)), "so-lieu.xlsx", ImportKind.Measurements, culture);
        file.ToList().Should().BeEmpty();

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("Sheet1!E2 (value)");
        error.MessageVi.Should().Contain("quá lớn (vượt quá 10^15)").And.NotContain("cách viết số");
        error.MessageEn.Should().Contain("too large (beyond 10^15)").And.NotContain("format");
    }
}
