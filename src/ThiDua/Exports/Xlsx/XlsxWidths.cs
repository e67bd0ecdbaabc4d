using System.Globalization;

namespace ThiDua.Exports.Xlsx;

/// <summary>Column widths that fit the header and the cells, in Excel's character units, within 8–60.</summary>
internal static class XlsxWidths
{
    public static double[] Fit(XlsxSheet sheet)
    {
        var widths = sheet.Columns.Select(c => (double)c.Header.Length + 2).ToArray();
        foreach (var row in sheet.Rows)
            for (var i = 0; i < widths.Length && i < row.Length; i++)
                widths[i] = Math.Max(widths[i], Length(row[i], sheet.Columns[i].Style));
        return widths.Select(w => Math.Clamp(w + 1, 8, 60)).ToArray();
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
