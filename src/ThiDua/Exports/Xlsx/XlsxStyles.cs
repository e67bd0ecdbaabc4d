using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// The workbook's one stylesheet: a bold header style (wrapping, so a long header is read in full in a narrower
/// column), one style per <see cref="XlsxCellStyle"/>, and wrapping text for the columns of long text.
/// </summary>
internal static class XlsxStyles
{
    public const uint Header = 1;

    // Cell format index per style; index 0 is Excel's default, 1 the header.
    public static uint Of(XlsxCellStyle style, bool wholeNumber = false) => style switch
    {
        XlsxCellStyle.Integer => 3,
        XlsxCellStyle.Fixed2 => 4,
        XlsxCellStyle.Fixed4 => 5,
        XlsxCellStyle.Number => wholeNumber ? 3u : 6u,
        XlsxCellStyle.Percent => 7,
        XlsxCellStyle.Date => 8,
        _ => 2,
    };

    public const uint DateTime = 9;
    public const uint WrappedText = 10;

    /// <summary>A cell an import refused, in a copy of the file sent (light red, Excel's own "Bad"): by how it is stored.</summary>
    public static uint Marked(XlsxCellStyle style, bool header = false) => header ? 12u : style switch
    {
        XlsxCellStyle.Number => 13u,
        XlsxCellStyle.Date => 14,
        XlsxCellStyle.Percent => 15,
        _ => 11,
    };

    /// <summary>A cell the import warned about, in a copy of the file sent (light yellow, Excel's own "Neutral"): by how it is stored.</summary>
    public static uint Warned(XlsxCellStyle style) => style switch
    {
        XlsxCellStyle.Number => 18u,
        XlsxCellStyle.Date => 19,
        XlsxCellStyle.Percent => 20,
        _ => 17,
    };

    /// <summary>A number as stored, in Excel's General format: a copy of a file shows it as the analyst typed it.</summary>
    public const uint GeneralNumber = 0;

    /// <summary>A link to a cell of the workbook (blue, underlined).</summary>
    public const uint Link = 16;

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0000" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.####" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 4 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" }, new FontName { Val = "Calibri" })) { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFC7CE" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFEB9C" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 4 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var cellFormats = new CellFormats(
            Format(0),
            new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 49, FontId = 1, ApplyFont = true, ApplyNumberFormat = true, ApplyAlignment = true },
            Format(49), Format(3), Format(4), Format(164), Format(165), Format(10), Format(166), Format(167),
            new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 49, FontId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
            MarkedFormat(49), new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 49, FontId = 1, FillId = 2, ApplyFont = true, ApplyNumberFormat = true, ApplyAlignment = true, ApplyFill = true },
            MarkedFormat(0), MarkedFormat(166), MarkedFormat(10),
            new CellFormat { NumberFormatId = 49, FontId = 2, ApplyFont = true, ApplyNumberFormat = true },
            MarkedFormat(49, 3), MarkedFormat(0, 3), MarkedFormat(166, 3), MarkedFormat(10, 3)) { Count = 21 };
        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat()) { Count = 1 }, cellFormats);
    }

    private static CellFormat MarkedFormat(uint numberFormat, uint fill = 2) =>
        new() { NumberFormatId = numberFormat, FontId = 0, FillId = fill, ApplyNumberFormat = true, ApplyFill = true };

    private static CellFormat Format(uint numberFormat) =>
        new() { NumberFormatId = numberFormat, FontId = 0, ApplyNumberFormat = numberFormat != 0 ? true : (BooleanValue?)null };
}
