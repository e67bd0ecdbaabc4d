using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// A list sheet of the copy, "Lỗi" or "Cảnh báo": one row per error or warning, as the import's page lists them, its
/// first cell a link to the marked cell of the data sheet (Excel goes there on a click).
/// </summary>
internal static class ProblemListSheetXml
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(Stream part, ProblemList list, ErrorPlaces.ColumnOf columnOf, IReadOnlyList<string> header, string dataSheet)
    {
        var widths = list.Widths;
        using var xml = XlsxSheetParts.Begin(part);
        XlsxSheetParts.Columns(xml, widths);
        xml.WriteStartElement("sheetData", MainNs);
        var cell = new XlsxCellXml(xml);
        StartRow(xml, 1);
        for (var i = 0; i < list.Headers.Count; i++) cell.Text(i, 1, list.Headers[i], XlsxStyles.Header);
        xml.WriteEndElement();
        var links = new List<(string Cell, string Target)>();
        var row = 1;
        foreach (var e in list.Items)
        {
            row++;
            // A column past Excel's last (a CSV line of more separators) is not in the copy: its link goes to the row.
            var column = e.Line > 0 && columnOf(e) is var c and < XlsxLimits.MaxColumns ? c : ErrorPlaces.WholeRow;
            var place = e.Line <= 0 ? "" : column >= 0 ? $"{XlsxColumnLetters.Of(column)}{e.Line}" : $"{e.Line}:{e.Line}";
            StartRow(xml, row);
            if (place.Length > 0)
            {
                cell.Text(0, row, place, XlsxStyles.Link);
                links.Add(($"A{row}", $"{Quoted(dataSheet)}!{place}"));
            }
            if (e.Line > 0) cell.Number(1, row, e.Line.ToString(CultureInfo.InvariantCulture), XlsxStyles.GeneralNumber);
            else cell.Text(1, row, "cả tệp", XlsxStyles.Of(XlsxCellStyle.Text));
            Text(cell, 2, row, column >= 0 && column < header.Count && header[column].Trim().Length > 0 ? header[column].Trim() : e.Line > 0 ? e.Column : null);
            var next = 4;
            if (list.JudgedAgainst is { } against)
            {
                if (ProblemList.IsNumber(e.Value, out var value)) Number(cell, 3, row, value);
                else Text(cell, 3, row, e.Value);
                Number(cell, 4, row, against[row - 2]);
                next = 5;
            }
            else Text(cell, 3, row, e.Value);
            cell.Text(next, row, e.MessageVi, XlsxStyles.WrappedText);
            cell.Text(next + 1, row, e.MessageEn, XlsxStyles.WrappedText);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (links.Count > 0)
            xml.WriteRaw("<hyperlinks>" + string.Concat(links.Select(l =>
                $"<hyperlink ref=\"{l.Cell}\" location=\"{System.Security.SecurityElement.Escape(l.Target)}\"/>")) + "</hyperlinks>");
        xml.WriteRaw(XlsxPrintSetup.Page(widths));
        xml.WriteEndElement();
    }

    private static void StartRow(XmlWriter xml, int row)
    {
        xml.WriteStartElement("row", MainNs);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
    }

    private static void Text(XlsxCellXml cell, int column, int row, string? text)
    {
        if (!string.IsNullOrEmpty(text)) cell.Text(column, row, text, XlsxStyles.Of(XlsxCellStyle.Text));
    }

    private static void Number(XlsxCellXml cell, int column, int row, decimal value) =>
        cell.Number(column, row, value.ToString(CultureInfo.InvariantCulture), XlsxStyles.GeneralNumber);

    private static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
