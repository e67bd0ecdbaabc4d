using System.Globalization;
using System.Text;
using System.Xml;

namespace ThiDua.Exports.Xlsx;

/// <summary>What every sheet ThiDua writes opens with: the header row frozen on screen, and each column's width (and format).</summary>
internal static class XlsxSheetParts
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A worksheet part begun: its XML declaration, the sheet fitted to the page's width (<see cref="XlsxPrintSetup"/>) and the
    /// rows down to <paramref name="headerRow"/> frozen. The caller writes the columns and rows, then ends the worksheet.
    /// </summary>
    public static XmlWriter Begin(Stream part, int headerRow = 1)
    {
        var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", MainNs);
        xml.WriteRaw(XlsxPrintSetup.SheetProperties);
        xml.WriteRaw(FrozenHeader(headerRow));
        return xml;
    }

    // The rows down to the header stay on screen while the rest scrolls; the cursor starts under them.
    private static string FrozenHeader(int headerRow)
    {
        var top = (headerRow + 1).ToString(CultureInfo.InvariantCulture);
        return $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{headerRow.ToString(CultureInfo.InvariantCulture)}" topLeftCell="A{top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A{top}" sqref="A{top}"/></sheetView></sheetViews>""";
    }

    /// <param name="styles">Each column's cell format, for a row typed under the table; null: none.</param>
    public static void Columns(XmlWriter xml, IReadOnlyList<double> widths, IReadOnlyList<uint>? styles = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Count == 0) return;
        xml.WriteStartElement("cols", MainNs);
        for (var i = 0; i < widths.Count; i++)
        {
            xml.WriteStartElement("col", MainNs);
            xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("width", Math.Round(widths[i], 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            if (styles is not null) xml.WriteAttributeString("style", styles[i].ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
