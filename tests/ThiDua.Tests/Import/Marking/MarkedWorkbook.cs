using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Tests.Import.Marking;

/// <summary>A marked copy opened back with the Open XML SDK (and validated): the data sheet's cells by reference, whether
/// each is filled red (an error) or yellow (a warning), the rows filled red whole (their own format), and the rows and links of
/// the "Lỗi" and "Cảnh báo" sheets.</summary>
internal sealed record MarkedWorkbook(IReadOnlyList<string> SheetNames, IReadOnlyDictionary<string, MarkedWorkbook.CellRead> Data,
    IReadOnlyList<IReadOnlyList<string>> ErrorRows, IReadOnlyDictionary<string, string> Links,
    IReadOnlyList<IReadOnlyList<string>> WarningRows, IReadOnlyDictionary<string, string> WarningLinks, IReadOnlyList<int> FilledRows)
{
    public sealed record CellRead(string Text, bool IsNumber, string? Fill)
    {
        public bool Filled => Fill == Red;
        public bool Warned => Fill == Yellow;
    }

    private const string Red = "FFFFC7CE", Yellow = "FFFFEB9C";

    public IEnumerable<string> FilledCells => Data.Where(c => c.Value.Filled).Select(c => c.Key).Order(StringComparer.Ordinal);

    public IEnumerable<string> WarnedCells => Data.Where(c => c.Value.Warned).Select(c => c.Key).Order(StringComparer.Ordinal);

    public static MarkedWorkbook Open(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
        string? Fill(Cell c) => c.StyleIndex?.Value is { } i && formats[(int)i].FillId?.Value is { } f
            && fills[(int)f].PatternFill is { PatternType.Value: var type } pattern && type == PatternValues.Solid
            ? pattern.ForegroundColor?.Rgb?.Value ?? "solid" : null;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        WorksheetPart? Part(Sheet? s) => s is null ? null : (WorksheetPart)workbook.GetPartById(s.Id!);
        var data = Part(sheets[0])!.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!,
            c => new CellRead(c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.DataType is null && c.CellValue is not null, Fill(c)));
        var filledRows = Part(sheets[0])!.Worksheet.Descendants<Row>().Where(r => r.CustomFormat?.Value == true && r.StyleIndex?.Value is { } i
            && formats[(int)i].FillId?.Value is { } f && fills[(int)f].PatternFill?.ForegroundColor?.Rgb?.Value == Red).Select(r => (int)r.RowIndex!.Value).ToList();
        var (errorRows, links) = List(Part(sheets.Skip(1).FirstOrDefault(s => s.Name == "Lỗi")));
        var (warningRows, warningLinks) = List(Part(sheets.Skip(1).FirstOrDefault(s => s.Name == "Cảnh báo")));
        return new MarkedWorkbook(sheets.Select(s => s.Name!.Value!).ToList(), data, errorRows, links, warningRows, warningLinks, filledRows);
    }

    private static (IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyDictionary<string, string> Links) List(WorksheetPart? part) => part is null
        ? ([], new Dictionary<string, string>())
        : (part.Worksheet.Descendants<Row>().Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList(),
           part.Worksheet.Descendants<Hyperlink>().ToDictionary(h => h.Reference!.Value!, h => h.Location!.Value!));
}
