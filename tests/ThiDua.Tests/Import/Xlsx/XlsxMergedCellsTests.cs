using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Xlsx.CraftedWorkbook;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>
/// The campaign column merged down its rows, as office sheets do (input audit, round 2): each row below the first was
/// "the required column 'campaign' is empty", the merge that emptied it not named.
/// </summary>
public sealed class XlsxMergedCellsTests
{
    [Fact]
    public void A_cell_a_merge_left_empty_names_the_merged_range_and_how_to_undo_it()
    {
        var rows = TextRow(1, "campaign", "unit", "indicator", "period", "value")
            + TextRow(2, "C1", "U1", "I1", "2025-03", "5") + TextRow(3, "", "U2", "I1", "2025-03", "6") + TextRow(4, "", "U3", "I1", "2025-03", "7");
        var workbook = Build(rows, sheetTail: """<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>""");
        using var file = CsvImportReader.Read(new MemoryStream(workbook), "so-lieu.xlsx", ImportKind.Measurements);
        file.ToList().Should().ContainSingle("row 2 holds the merged value");

        file.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "Sheet1!A3 (campaign)"), (4, "Sheet1!A4 (campaign)"));
        file.Errors.Should().OnlyContain(e => e.MessageVi.Contains("vùng ô gộp A2:A4") && e.MessageEn.Contains("inside the merged cells A2:A4")
            && e.MessageEn.Contains("unmerge"));
    }
}
