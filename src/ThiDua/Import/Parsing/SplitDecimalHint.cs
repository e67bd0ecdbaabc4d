using System.Text.RegularExpressions;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Why a row of a comma-delimited file with Vietnamese numbers has too many fields, when that is what happened: a
/// decimal comma split the number in two ("90,6" read as the cells "90" and "6"). Said only when the pattern is seen —
/// the file is comma-delimited, its numbers are read the vi way, and the extra fields are exactly as many as the pairs
/// of a whole number followed by a cell of at most <see cref="LocalizedNumberParser.MaxDecimals"/> digits.
/// </summary>
internal static partial class SplitDecimalHint
{
    /// <param name="fields">The row's cells as the reader split them.</param>
    /// <param name="headerCount">How many columns the header has.</param>
    public static BilingualMessage? Of(char separator, NumberCulture culture, CultureChoice choice, IReadOnlyList<string> fields, int headerCount)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (separator != ',' || culture != NumberCulture.Vi || fields.Count <= headerCount) return null;
        var extra = fields.Count - headerCount;
        var splits = new List<(string Whole, string Fraction)>();
        for (var i = 0; i + 1 < fields.Count; i++)
        {
            if (!Whole().IsMatch(fields[i]) || !Fraction().IsMatch(fields[i + 1])) continue;
            splits.Add((fields[i].Trim(), fields[i + 1].Trim()));
            i++; // a cell belongs to one number
        }
        if (splits.Count != extra) return null;
        var (whole, fraction) = splits[0];
        var (vi, en) = LocalizedNumberParser.Choose(NumberCulture.En, choice);
        var written = $"{whole},{fraction}";
        var english = $"{whole.Replace(".", "", StringComparison.Ordinal)}.{fraction}";
        return new(
            $" Có vẻ số thập phân bị tách làm hai cột: tệp dùng dấu phẩy (,) để phân cách cột nên '{written}' được đọc thành hai ô '{whole}' và '{fraction}'. " +
            $"Cách sửa: lưu tệp với dấu chấm phẩy (;) làm dấu phân cách, hoặc đặt các số trong dấu nháy kép (\"{written}\"), hoặc ghi số kiểu tiếng Anh ({english}) và {vi}.",
            $" A decimal number seems split in two: the file separates its columns with commas (,), so '{written}' was read as two cells, '{whole}' and '{fraction}'. " +
            $"To fix it, save the file with ';' as the delimiter, or put the numbers in double quotes (\"{written}\"), or write them the English way ({english}) and {en}.");
    }

    // A whole number as a vi file writes it: plain digits or grouped by '.' in threes, maybe signed.
    [GeneratedRegex(@"^\s*[+-]?(\d{1,3}(\.\d{3})+|\d+)\s*$")]
    private static partial Regex Whole();

    // What follows a decimal comma: the decimals (at most 6), maybe a percent sign.
    [GeneratedRegex(@"^\s*\d{1,6}\s*%?\s*$")]
    private static partial Regex Fraction();
}
