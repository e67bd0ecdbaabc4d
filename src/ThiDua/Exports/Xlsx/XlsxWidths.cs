using System.Globalization;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// Column widths that fit the header and the cells, in Excel's character units, within 8–60. A header counts for at
/// most <see cref="HeaderShare"/> characters (the header row wraps: the heatmap's indicator names, 50–90 characters,
/// made every column 60 wide), and a column whose text is longer than 60 is marked to wrap, so a long reason or change
/// is read in full on a taller row instead of being cut at the column's edge.
/// </summary>
internal static class XlsxWidths
{
    public const double Max = 60;
    public const int HeaderShare = 24;

    public static (double[] Widths, bool[] Wrap) Measure(XlsxSheet sheet)
    {
        var widths = sheet.Columns.Select(c => (double)Math.Min(c.Header.Length, HeaderShare) + 2).ToArray();
        foreach (var row in sheet.Rows)
            for (var i = 0; i < widths.Length && i < row.Length; i++)
                widths[i] = Math.Max(widths[i], Length(row[i], sheet.Columns[i].Style));
        return (widths.Select(w => Math.Clamp(w + 1, 8, Max)).ToArray(), widths.Select(w => w + 1 > Max).ToArray());
    }

    private static double Length(object? value, XlsxCellStyle style) => value switch
    {
        null => 0,
        string s => s.Length,
        DateOnly => 10,
        DateTimeOffset => 16,
        // The digits, a thousands separator per three, the decimals shown; "%" for a ratio.
        decimal d when style == XlsxCellStyle.Percent => Digits(d * 100) + 5,
        decimal d => Digits(d) + style switch { XlsxCellStyle.Fixed2 => 3, XlsxCellStyle.Fixed4 or XlsxCellStyle.Number => 5, _ => 0 },
        IConvertible c => Digits(c.ToDecimal(CultureInfo.InvariantCulture)),
        _ => 10,
    };

    private static int Digits(decimal value)
    {
        var whole = decimal.Truncate(Math.Abs(value)).ToString(CultureInfo.InvariantCulture).Length;
        return whole + (whole - 1) / 3 + (value < 0 ? 1 : 0);
    }
}
