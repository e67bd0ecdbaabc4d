using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Tests.Exports;

/// <summary>An .xlsx opened back with the Open XML SDK: each sheet's cells as text (numbers invariant), with their number formats.</summary>
public sealed record WorkbookReadBack(IReadOnlyList<WorkbookReadBack.SheetContent> Sheets)
{
    /// <summary>The document properties' title and subject (File › Info).</summary>
    public string? Title { get; init; }

    public string? Subject { get; init; }

    public sealed record CellContent(string Text, bool IsNumber, string? Format);

    public sealed record SheetContent(string Name, IReadOnlyList<IReadOnlyList<CellContent?>> Rows, bool HeaderFrozen, IReadOnlyList<double> Widths)
    {
        public IReadOnlyList<string> Header => Rows[0].Select(c => c?.Text ?? "").ToList();

        /// <summary>The data rows as the CSV writes them: numbers invariant, empty cells as "".</summary>
        public IEnumerable<string[]> DataTexts(int columns) => Rows.Skip(1).Select(r => Enumerable.Range(0, columns).Select(i => i < r.Count ? r[i]?.Text ?? "" : "").ToArray());
    }

    public static WorkbookReadBack Open(string path)
    {
        using var stream = File.OpenRead(path);
        return Open(stream);
    }

    public static WorkbookReadBack Open(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        // Every workbook ThiDua writes must be valid Office Open XML, not only readable by this SDK.
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = formats?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = formats?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        string? FormatOf(Cell c)
        {
            if (c.StyleIndex?.Value is not { } i || i >= cellFormats.Count) return null;
            var id = cellFormats[(int)i].NumberFormatId?.Value ?? 0;
            return custom.TryGetValue(id, out var code) ? code : id switch { 3 => "#,##0", 4 => "#,##0.00", 10 => "0.00%", 49 => "@", _ => id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        var sheets = new List<SheetContent>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<IReadOnlyList<CellContent?>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<CellContent?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var index = ThiDua.Exports.Xlsx.XlsxColumnLetters.IndexOf(cell.CellReference?.Value);
                    while (cells.Count < index) cells.Add(null);
                    var isText = cell.DataType?.Value == CellValues.InlineString;
                    cells.Add(new CellContent(isText ? cell.InlineString!.InnerText : cell.CellValue!.Text, !isText, FormatOf(cell)));
                }
                rows.Add(cells);
            }
            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1;
            var widths = part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            sheets.Add(new SheetContent(sheet.Name!, rows, frozen, widths));
        }
        return new WorkbookReadBack(sheets) { Title = document.PackageProperties.Title, Subject = document.PackageProperties.Subject };
    }
}
