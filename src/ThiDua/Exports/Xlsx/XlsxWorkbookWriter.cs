using System.Globalization;
using System.IO.Compression;
using System.Xml;
using ThiDua.Documents;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// Writes sheets as an .xlsx workbook, streaming the cells (an XmlWriter straight into the zip entry), so a 100K-row table is never held as a
/// DOM. Each sheet: a bold header row frozen at the top (and printed atop every page, <see cref="XlsxPrintSetup"/>), fitted column widths, numbers as numbers with Vietnamese-style
/// formats (<see cref="XlsxCellStyle"/>), text as inline strings with the CSV's formula guard (<see cref="SpreadsheetText"/>).
/// </summary>
public static class XlsxWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets, DocumentProperties? properties = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        // The package is written part by part with ZipArchive in create mode: through the SDK's package API
        // (System.IO.Packaging, update mode) every part stays in memory until the end — 2.2× the CSV's peak for 100K rows.
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = XlsxSheetNames.Unique(sheets.Select(s => s.Name));
        XlsxPackageParts.WriteFixed(zip, names, properties);
        for (var i = 0; i < sheets.Count; i++)
        {
            using var part = Documents.PackageEntry.Create(zip, $"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest);
            WriteSheet(part, sheets[i]);
        }
    }

    /// <summary>The workbook as bytes (for HTTP responses and tests).</summary>
    public static byte[] ToBytes(IReadOnlyList<XlsxSheet> sheets, DocumentProperties? properties = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheets, properties);
        return buffer.ToArray();
    }

    // SpreadsheetML written with a plain XmlWriter: the SDK's OpenXmlWriter wants an object per cell (a Cell, its
    // CellValue, InlineString, Text), which for 100K rows was most of the time and a doubled peak of garbage.
    private static void WriteSheet(Stream part, XlsxSheet sheet)
    {
        var (widths, wrap) = XlsxWidths.Measure(sheet);
        using var xml = XlsxSheetParts.Begin(part);
        // A row typed under the table (or into an import template) gets the column's format: codes stay text.
        XlsxSheetParts.Columns(xml, widths, sheet.Columns.Select(c => XlsxStyles.Of(c.Style)).ToList());
        xml.WriteStartElement("sheetData", MainNs);
        var cell = new XlsxCellXml(xml);
        StartRow(xml, 1);
        for (var i = 0; i < sheet.Columns.Count; i++)
            cell.Text(i, 1, SpreadsheetText.Guard(sheet.Columns[i].Header), XlsxStyles.Header); // the heatmap's are indicator names
        xml.WriteEndElement();
        var rowIndex = 1;
        foreach (var cells in sheet.Rows)
        {
            rowIndex++;
            StartRow(xml, rowIndex);
            for (var i = 0; i < sheet.Columns.Count && i < cells.Length; i++)
                cell.Value(i, rowIndex, cells[i], sheet.Columns[i].Style, wrap[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement(); // sheetData
        xml.WriteRaw(XlsxPrintSetup.Page(widths));
        xml.WriteEndElement(); // worksheet
    }

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void StartRow(XmlWriter xml, int index)
    {
        xml.WriteStartElement("row", MainNs);
        xml.WriteAttributeString("r", Number(index));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

}
