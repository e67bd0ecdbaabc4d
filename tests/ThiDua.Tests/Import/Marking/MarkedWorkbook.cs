using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Tests.Import.Marking;

/// <summary>A marked copy opened back with the Open XML SDK (and validated): each sheet's cells by reference, whether
/// each is filled, and the error sheet's links.</summary>
internal sealed record MarkedWorkbook(IReadOnlyList<string> SheetNames, IReadOnlyDictionary<string, MarkedWorkbook.CellRead> Data,
    IReadOnlyList<IReadOnlyList<string>> ErrorRows, IReadOnlyDictionary<string, string> Links)
{
    public sealed record CellRead(string Text, bool IsNumber, bool Filled);

    public IEnumerable<string> FilledCells => Data.Where(c => c.Value.Filled).Select(c => c.Key).Order(StringComparer.Ordinal);

    public static MarkedWorkbook Open(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
        bool Filled(Cell c) => c.StyleIndex?.Value is { } i && formats[(int)i].FillId?.Value is { } f
            && fills[(int)f].PatternFill?.PatternType?.Value == PatternValues.Solid;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var parts = sheets.Select(s => (WorksheetPart)workbook.GetPartById(s.Id!)).ToList();
        var data = parts[0].Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!,
            c => new CellRead(c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.DataType is null && c.CellValue is not null, Filled(c)));
        var errorRows = parts[1].Worksheet.Descendants<Row>().Select(r => (IReadOnlyList<string>)r.Elements<Cell>()
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        var links = parts[1].Worksheet.Descendants<Hyperlink>().ToDictionary(h => h.Reference!.Value!, h => h.Location!.Value!);
        return new MarkedWorkbook(sheets.Select(s => s.Name!.Value!).ToList(), data, errorRows, links);
    }
}
