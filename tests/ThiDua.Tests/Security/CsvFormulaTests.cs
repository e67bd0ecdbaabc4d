using System.Globalization;
using ThiDua.Analytics.Output;
using ThiDua.Import.Parsing;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>CSV outputs: text cells that a spreadsheet would run as a formula get a leading ', numbers stay numbers.</summary>
public class CsvFormulaTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("Phòng Tổ chức", "Phòng Tổ chức")]
    public void A_text_cell_starting_with_a_formula_character_is_neutralised(string text, string cell) =>
        CsvCells.Text(text).Should().Be(cell);

    [Fact]
    public void Numbers_are_never_prefixed()
    {
        CsvCells.Fixed(-2.5m, 4).Should().Be("-2.5000");
        CsvCells.Number(-12m).Should().Be("-12");
    }

    [Fact]
    public async Task Import_refuses_a_formula_in_a_name_in_the_first_place()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var units = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, "code,name,kind,parent,cluster\nCSV-1,=1+2*cmd|' /C calc'!A0,collective,,\n", culture: NumberCulture.En);

        units.Accepted.Should().BeFalse();
        units.Errors.Should().ContainSingle(e => e.Column == "name");
    }

    [Fact]
    public void Ranking_csv_neutralises_formula_text_and_keeps_negative_and_decimal_scores_numbers()
    {
        // Data older than the import check (or from another source) may still hold such names: the output guards too.
        var rows = new[]
        {
            new RankingRow("=K1", UnitKind.Collective, 1, "@U1", "=1+2*cmd|' /C calc'!A0", -12.5m, 1, 2),
            new RankingRow(null, UnitKind.Individual, 2, "U2", "-Nguyễn Văn A", 98.456m, 2, 2),
        };

        var lines = AnalyticsCsv.Ranking(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        lines[1].Should().Be("'=K1,collective,1,'@U1,'=1+2*cmd|' /C calc'!A0,-12.50,1,2");
        lines[2].Should().Be(",individual,2,U2,'-Nguyễn Văn A,98.46,2,2");
    }
}
