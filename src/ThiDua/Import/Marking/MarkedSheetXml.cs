using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;

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
            var width = marked.Contains(ErrorPlaces.WholeRow) || warned.Contains(ErrorPlaces.WholeRow) ? Math.Max(record.Cells.Count, widths.Length)
                : Math.Max(record.Cells.Count, marked.Concat(warned).DefaultIfEmpty(-1).Max() + 1);
            for (var i = 0; i < width; i++)
            {
                var value = i < record.Cells.Count ? record.Cells[i] : default;
                var mark = marked.Contains(i) || marked.Contains(ErrorPlaces.WholeRow) ? Mark.Error
                    : warned.Contains(i) || warned.Contains(ErrorPlaces.WholeRow) ? Mark.Warning : Mark.None;
                Write(cell, i, record.Row, value, mark, record.Row == headerRow);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteRaw(XlsxPrintSetup.Page(widths));
        xml.WriteEndElement();
    }

    private enum Mark { None, Error, Warning }

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

    // Widths from the text of every cell (a character ≈ one unit), the header row's found on the way.
    private static (double[] Widths, int HeaderRow) Measure(IEnumerable<FileRecord> records)
    {
        var widths = new List<double>();
        var headerRow = 0;
        foreach (var record in records)
        {
            if (headerRow == 0 && record.Cells.Any(c => c.Shown.Trim().Length > 0)) headerRow = record.Row;
            for (var i = 0; i < record.Cells.Count; i++)
            {
                if (widths.Count <= i) widths.Add(MinWidth);
                widths[i] = Math.Min(MaxWidth, Math.Max(widths[i], record.Cells[i].Shown.Length + 2));
            }
        }
        return ([.. widths], Math.Max(headerRow, 1));
    }
}
