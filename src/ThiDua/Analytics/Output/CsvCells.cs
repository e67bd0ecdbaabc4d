using System.Globalization;
using System.Text;

namespace ThiDua.Analytics.Output;

/// <summary>Formatting and escaping of single CSV cells, invariant culture (SPEC §5).</summary>
internal static class CsvCells
{
    /// <summary>A number with exactly <paramref name="decimals"/> decimals (score: 2, ratio: 4), rounded away from zero.</summary>
    public static string Fixed(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m) rounded = 0m; // no "-0.00" from a negative zero
        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A number with at most 4 decimals, trailing zeros trimmed: <c>1110000</c>, <c>90.6</c>, <c>0.5</c>.</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0m) return "0";
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text that came from users (codes, names, reasons quoting them): a leading <c>= + - @</c>, tab or CR would
    /// make a spreadsheet run it as a formula, so it gets a leading <c>'</c>. Then quoted if needed.
    /// Numbers never pass through here, so a ratio <c>-2.5000</c> stays as it is.
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return Quote(Exports.Xlsx.SpreadsheetText.Guard(value));
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return builder.ToString();
    }
}
