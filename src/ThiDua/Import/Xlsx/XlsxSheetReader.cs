using System.Globalization;
using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// Streams a worksheet's rows (<c>&lt;sheetData&gt;&lt;row&gt;&lt;c&gt;</c>) forward only; only the current row's
/// cells are held. Rows and cells without an <c>r</c> reference follow the previous one, as Excel reads them.
/// </summary>
internal sealed class XlsxSheetReader(XmlReader reader, string fileName) : IDisposable
{
    private int lastRow;

    /// <summary>Reads the next <c>&lt;row&gt;</c> into <paramref name="cells"/>; false at the end of the sheet data.</summary>
    public bool TryReadRow(out int rowNumber, List<XlsxRawCell> cells)
    {
        cells.Clear();
        rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheetData") return false;
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") continue;
            rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : lastRow + 1;
            if (rowNumber <= lastRow || rowNumber > 1_048_576) throw XlsxPackage.Damaged(fileName);
            lastRow = rowNumber;
            if (!reader.IsEmptyElement) ReadCells(cells);
            return true;
        }
        return false;
    }

    private void ReadCells(List<XlsxRawCell> cells)
    {
        var rowDepth = reader.Depth;
        var column = -1;
        while (reader.Read() && reader.Depth > rowDepth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
            var reference = XlsxColumnLetters.IndexOf(reader.GetAttribute("r"));
            column = reference >= 0 ? reference : column + 1;
            if (column >= XlsxLimits.MaxColumns) throw XlsxPackage.Damaged(fileName);
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null;
            var formula = false;
            if (!reader.IsEmptyElement)
            {
                var cellDepth = reader.Depth;
                while (reader.Read() && reader.Depth > cellDepth)
                {
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    switch (reader.LocalName)
                    {
                        case "f": formula = true; break;
                        case "v": value = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString(); break;
                        case "is": value = XlsxText.ReadItem(reader); break;
                    }
                    if (reader.Depth <= cellDepth) break;
                }
            }
            cells.Add(new XlsxRawCell(column, type, style, value, formula));
        }
    }

    /// <summary>The sheet's merged cells, read from what follows its rows; call once <see cref="TryReadRow"/> is false.</summary>
    public XlsxMergedCells ReadMergedCells() => XlsxMergedCells.ReadRest(reader);

    public void Dispose() => reader.Dispose();
}
