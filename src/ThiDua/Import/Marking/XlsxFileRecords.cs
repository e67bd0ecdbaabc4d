using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// A workbook sheet's rows at their own row numbers, each cell as stored: text as text, numbers, dates and percentages
/// as numbers of their kind (so the copy read again is read as the original was). A formula gives the value it last
/// showed; the import refused the cell, and the copy holds what the analyst saw.
/// </summary>
internal sealed class XlsxFileRecords(XlsxPackage package)
{
    public string SheetName => package.SheetName;

    public IEnumerable<FileRecord> Read()
    {
        using var sheet = new XlsxSheetReader(package.OpenSheet(), package.FileName);
        var raw = new List<XlsxRawCell>();
        while (TryReadRow(sheet, raw, out var number))
        {
            var cells = new MarkedValue[raw.Count == 0 ? 0 : raw.Max(c => c.Column) + 1];
            foreach (var cell in raw) cells[cell.Column] = Value(cell);
            yield return new FileRecord(number, cells);
        }
    }

    private static bool TryReadRow(XlsxSheetReader sheet, List<XlsxRawCell> raw, out int number)
    {
        number = 0;
        try
        {
            return sheet.TryReadRow(out number, raw);
        }
        catch (Exception e) when (e is XlsxRejectedException or XmlException)
        {
            return false; // a damaged sheet: the rows before the damage are copied, as the import read them
        }
    }

    private MarkedValue Value(XlsxRawCell cell)
    {
        var value = cell.Value ?? "";
        switch (cell.Type)
        {
            case "s":
                return MarkedValue.Text(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < package.SharedStrings.Count
                    ? package.SharedStrings[i] : "");
            case "b":
                return MarkedValue.Text(value == "1" ? "true" : "false");
            case "d":
                return XlsxDateCell.TryParseIso(value, out var iso) ? new(DateOnly.FromDateTime(iso), XlsxCellStyle.Date) : MarkedValue.Text(value);
            case "inlineStr" or "str" or "e":
                return MarkedValue.Text(value);
        }
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return MarkedValue.Text(value);
        // The copy counts dates from 1900, as every workbook ThiDua writes: a 1904 workbook's days are written anew.
        if (package.Formats.IsDate(cell.Style) && XlsxDateCell.TryFromSerial((double)number, package, out var day))
            return new(DateOnly.FromDateTime(day), XlsxCellStyle.Date);
        return new(number, package.Formats.IsPercent(cell.Style) ? XlsxCellStyle.Percent : XlsxCellStyle.Number);
    }
}
