using DocumentFormat.OpenXml;
using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// Writes sheets as an .xlsx workbook, streaming the cells (OpenXmlWriter), so a 100K-row table is never held as a
/// DOM. Each sheet: a bold header row frozen at the top, fitted column widths, numbers as numbers with Vietnamese-style
/// formats (<see cref="XlsxCellStyle"/>), text as inline strings with the CSV's formula guard (<see cref="SpreadsheetText"/>).
/// </summary>
public static class XlsxWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        // The package is written part by part with ZipArchive in create mode: through the SDK's package API
        // (System.IO.Packaging, update mode) every part stays in memory until the end — 2.2× the CSV's peak for 100K rows.
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = XlsxSheetNames.Unique(sheets.Select(s => s.Name));
        XlsxPackageParts.WriteFixed(zip, names);
        for (var i = 0; i < sheets.Count; i++)
        {
            using var part = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest).Open();
            WriteSheet(part, sheets[i]);
        }
    }

    /// <summary>The workbook as bytes (for HTTP responses and tests).</summary>
    public static byte[] ToBytes(IReadOnlyList<XlsxSheet> sheets)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheets);
        return buffer.ToArray();
    }

    private static void WriteSheet(Stream part, XlsxSheet sheet)
    {
        var widths = XlsxWidths.Fit(sheet);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(new Columns(widths.Select((w, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(w, 1), CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var i = 0; i < sheet.Columns.Count; i++)
            writer.WriteElement(TextCell(Reference(i, 1), sheet.Columns[i].Header, XlsxStyles.Header));
        writer.WriteEndElement();
        uint rowIndex = 1;
        foreach (var cells in sheet.Rows)
        {
            rowIndex++;
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            for (var i = 0; i < sheet.Columns.Count && i < cells.Length; i++)
                if (CellOf(cells[i], sheet.Columns[i].Style, Reference(i, rowIndex)) is { } cell) writer.WriteElement(cell);
            writer.WriteEndElement();
        }
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Cell? CellOf(object? value, XlsxCellStyle style, string reference) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        string s => TextCell(reference, SpreadsheetText.Guard(s), XlsxStyles.Of(XlsxCellStyle.Text)),
        decimal d => NumberCell(reference, new CellValue(d), XlsxStyles.Of(style, d == decimal.Truncate(d))),
        int n => NumberCell(reference, new CellValue(n), XlsxStyles.Of(style, true)),
        long n => NumberCell(reference, new CellValue((decimal)n), XlsxStyles.Of(style, true)),
        DateOnly d => NumberCell(reference, new CellValue((decimal)d.ToDateTime(TimeOnly.MinValue).ToOADate()), XlsxStyles.Of(XlsxCellStyle.Date)),
        // An instant as the Vietnamese wall clock reads it (UTC+7), which is how every page shows it.
        DateTimeOffset t => NumberCell(reference, new CellValue(Math.Round((decimal)t.ToOffset(TimeSpan.FromHours(7)).DateTime.ToOADate(), 8)), XlsxStyles.DateTime),
        _ => TextCell(reference, SpreadsheetText.Guard(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""), XlsxStyles.Of(XlsxCellStyle.Text)),
    };

    private static Cell NumberCell(string reference, CellValue value, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = value };

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = text.Trim().Length != text.Length ? SpaceProcessingModeValues.Preserve : null }),
    };

    private static string Reference(int column, uint row) => XlsxColumnLetters.Of(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
