namespace ThiDua.Import.Xlsx;

/// <summary>
/// Where an error is in a workbook, as Excel's Name Box takes it: <c>Sheet1!C12</c> (a cell; the header it falls
/// under follows in brackets) or <c>Sheet1!12:12</c> (a whole row); a sheet name with spaces is quoted: <c>'Số liệu'!C12</c>.
/// </summary>
internal static class XlsxErrorPlace
{
    public static string Of(string sheet, int row, int column, string? header)
    {
        var name = sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        var place = column >= 0 ? $"{name}!{Exports.Xlsx.XlsxColumnLetters.Of(column)}{row}" : $"{name}!{row}:{row}";
        return header is null || header.StartsWith('#') ? place : $"{place} ({header})";
    }
}
