using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// The copy's data sheet: every record at its own row number (so "Dòng 12" of the import's page is row 12 here), the
/// header bold and frozen, numbers, dates and percentages stored as they were, and each cell an error points at filled
/// light red — an empty one too (a missing value), the whole row for an error about the row — and each figure a
/// plausibility warning is about light yellow (red where a cell has both).
/// </summary>
internal static class MarkedSheetXml
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const double MinWidth = 8, MaxWidth = 50;
    private const int MaxColumns = XlsxLimits.MaxColumns; // XFD: no workbook has a column past it (the copy failed Open XML validation)

    public static void Write(Stream part, Func<IEnumerable<FileRecord>> records, ErrorPlaces errors, ErrorPlaces warnings)
    {
        var (widths, headerRow) = Measure(records());
        using var xml = XlsxSheetParts.Begin(part, headerRow);
        XlsxSheetParts.Columns(xml, widths);
        xml.WriteStartElement("sheetData", MainNs);
        var cell = new XlsxCellXml(xml);
        foreach (var record in records())
        {
            xml.WriteStartElement("row", MainNs);
            xml.WriteAttributeString("r", record.Row.ToString(CultureInfo.InvariantCulture));
            var (marked, warned) = (errors.At(record.Row), warnings.At(record.Row));
            // A mark on the whole row is the row's own format, filling every column Excel has: filled cell by cell up to the
            // widest row, one line of 100,000 separators made each of 1,000 refused short rows 100,000 cells (a 115 KB file,
            // a 430 MB copy). Only the row's cells holding a value, and cells an error names, are written; none past Excel's last column.
            var rowMark = marked.Contains(ErrorPlaces.WholeRow) ? Mark.Error : warned.Contains(ErrorPlaces.WholeRow) ? Mark.Warning : Mark.None;
            if (rowMark != Mark.None)
            {
                xml.WriteAttributeString("s", RowStyle(rowMark, record.Row == headerRow).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customFormat", "1");
            }
            var width = Math.Min(MaxColumns, Math.Max(record.Cells.Count, marked.Concat(warned).DefaultIfEmpty(-1).Max() + 1));
            for (var i = 0; i < width; i++)
            {
                var value = i < record.Cells.Count ? record.Cells[i] : default;
                var mark = marked.Contains(i) || rowMark == Mark.Error ? Mark.Error : warned.Contains(i) || rowMark == Mark.Warning ? Mark.Warning : Mark.None;
                if (mark == rowMark && value.Shown.Length == 0) continue; // an empty cell the row's format already fills
                Write(cell, i, record.Row, value, mark, record.Row == headerRow);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteRaw(XlsxPrintSetup.Page(widths));
        xml.WriteEndElement();
    }

    private enum Mark { None, Error, Warning }

    private static uint RowStyle(Mark mark, bool header) =>
        mark == Mark.Error ? XlsxStyles.Marked(XlsxCellStyle.Text, header) : XlsxStyles.Warned(XlsxCellStyle.Text);

    private static void Write(XlsxCellXml cell, int column, int row, MarkedValue value, Mark mark, bool header)
    {
        var style = mark == Mark.Error ? XlsxStyles.Marked(value.Style, header) : mark == Mark.Warning ? XlsxStyles.Warned(value.Style)
            : header ? XlsxStyles.Header : value.Style switch
        {
            XlsxCellStyle.Number => XlsxStyles.GeneralNumber,
            XlsxCellStyle.Text => XlsxStyles.Of(XlsxCellStyle.Text),
            var s => XlsxStyles.Of(s),
        };
        switch (value.Value)
        {
            case decimal d:
                cell.Number(column, row, d.ToString(CultureInfo.InvariantCulture), style);
                break;
            case DateOnly d:
                cell.Number(column, row, XlsxSerialDate.Of(d.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture), style);
                break;
            case string { Length: > 0 } s:
                // As sent, without the formula guard: the copy is the analyst's own file to correct and import again.
                cell.Text(column, row, s, style);
                break;
            default:
                if (mark != Mark.None) cell.Styled(column, row, style);
                break;
        }
    }

    // Widths from the text of every cell (a character ≈ one unit), the header row's found on the way; up to the last column
    // holding a value (trailing separators alone would make a width for each of thousands of empty columns).
    private static (double[] Widths, int HeaderRow) Measure(IEnumerable<FileRecord> records)
    {
        var widths = new List<double>();
        var headerRow = 0;
        foreach (var record in records)
        {
            if (headerRow == 0 && record.Cells.Any(c => c.Shown.Trim().Length > 0)) headerRow = record.Row;
            for (var i = 0; i < Math.Min(record.Cells.Count, MaxColumns); i++)
            {
                var shown = record.Cells[i].Shown.Length;
                if (shown == 0) continue;
                while (widths.Count <= i) widths.Add(MinWidth);
                widths[i] = Math.Min(MaxWidth, Math.Max(widths[i], shown + 2));
            }
        }
        return ([.. widths], Math.Max(headerRow, 1));
    }
}
