using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Tests.Exports;

/// <summary>
/// An Excel export printed by the clerk: on A4, every column on the page (a ranking's last column no longer prints on a
/// sheet of its own), the header row at the top of every page, and page numbers at the foot; a table too wide for a
/// portrait page turns the page.
/// </summary>
public sealed class XlsxPrintedPagesTests
{
    [Fact]
    public void Each_sheet_prints_on_a4_one_page_wide_with_its_header_row_on_every_page_and_page_numbers()
    {
        // The CLI ranking's columns (about 100 characters wide), and a heatmap-like sheet of many indicator columns.
        string[] ranking = ["cluster", "kind", "rank", "unit", "unit_name", "score", "met", "assigned"];
        var rows = Enumerable.Range(1, 300).Select(i => (IReadOnlyList<object?>)["LS-CUM-VHXH", "collective", i, $"LS-U{i}",
            "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", 100.5m, 3, 4]).ToList();
        var wide = Enumerable.Range(1, 19).Select(i => new XlsxColumn($"Chỉ tiêu số {i} của phong trào")).ToList();
        var bytes = XlsxWorkbookWriter.ToBytes([
            new XlsxSheet("Cụm Văn hóa – Xã hội's", ranking.Select(h => new XlsxColumn(h)).ToList(), rows.Select(r => r.ToArray()).ToList()),
            new XlsxSheet("Đơn vị × chỉ tiêu", wide, [wide.Select(c => (object?)"Vượt chỉ tiêu").ToArray()])]);

        WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Should().HaveCount(2); // also validates the OpenXML
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = workbook.Workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? [];
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!.Value!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>();
            setup.Should().NotBeNull($"sheet {i + 1} says how it prints, not Excel's default paper at 100%");
            setup!.PaperSize!.Value.Should().Be(9u, "A4");
            setup.FitToWidth!.Value.Should().Be(1u, "every column on the page's width");
            setup.FitToHeight!.Value.Should().Be(0u, "as many pages down as the rows need");
            worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            worksheet.GetFirstChild<HeaderFooter>()!.OddFooter!.Text.Should().Contain("&P").And.Contain("&N");
            setup.Orientation!.Value.Should().Be(i == 0 ? OrientationValues.Portrait : OrientationValues.Landscape);
            var title = titles.Single(t => t.LocalSheetId?.Value == (uint)i);
            title.Name!.Value.Should().Be("_xlnm.Print_Titles");
            title.Text.Should().Be($"'{sheets[i].Name!.Value!.Replace("'", "''")}'!$1:$1", "the header row is printed atop every page");
        }
    }
}
