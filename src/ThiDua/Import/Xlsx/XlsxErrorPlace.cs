using System.Text.RegularExpressions;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// Where an error is in a workbook, as Excel's Name Box takes it: <c>Sheet1!C12</c> (a cell; the header it falls
/// under follows in brackets) or <c>Sheet1!12:12</c> (a whole row); a sheet name with spaces is quoted: <c>'Số liệu'!C12</c>.
/// </summary>
internal static partial class XlsxErrorPlace
{
    public static string Of(string sheet, int row, int column, string? header)
    {
        var name = sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        var place = column >= 0 ? $"{name}!{Exports.Xlsx.XlsxColumnLetters.Of(column)}{row}" : $"{name}!{row}:{row}";
        return header is null || header.StartsWith('#') ? place : $"{place} ({header})";
    }

    /// <summary>The 0-based column of a place written by <see cref="Of"/>; -1 for a whole row or anything else.</summary>
    public static int ColumnOf(string? place)
    {
        var match = place is null ? Match.Empty : Place().Match(place);
        return match.Success && match.Groups["column"].Success ? Exports.Xlsx.XlsxColumnLetters.IndexOf(match.Groups["column"].Value) : -1;
    }

    [GeneratedRegex(@"^(?:'(?:[^']|'')*'|[^'!]+)!(?:(?<column>[A-Z]{1,3})[0-9]+|[0-9]+:[0-9]+)(?: \(.*\))?$", RegexOptions.Singleline)]
    private static partial Regex Place();
}
