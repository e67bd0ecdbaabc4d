namespace ThiDua.Exports.Xlsx;

/// <summary>
/// One sheet: a header row, then one row per item. A cell is a string, a number (int, long, decimal), a
/// <see cref="DateOnly"/> or <see cref="DateTimeOffset"/>, or null (an empty cell). <paramref name="Rows"/> is
/// enumerated twice (column widths, then the cells), so pass a re-enumerable sequence, e.g. a Select over a list.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<XlsxColumn> Columns, IEnumerable<object?[]> Rows);
