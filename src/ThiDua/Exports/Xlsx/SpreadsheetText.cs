namespace ThiDua.Exports.Xlsx;

/// <summary>
/// The CSV outputs' formula guard for spreadsheet text: a value starting with <c>= + - @</c>, tab or CR gets a
/// leading <c>'</c>, so no spreadsheet that copies the cell onward (or a CSV saved from it) runs it as a formula.
/// </summary>
public static class SpreadsheetText
{
    public static string Guard(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
