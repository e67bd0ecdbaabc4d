namespace ThiDua.Import.Xlsx;

/// <summary>
/// One cell as stored: its 0-based column, type (<c>t</c>: s, inlineStr, str, b, e, d, n or null), style index, the
/// <c>&lt;v&gt;</c> value or inline text, and whether it holds a formula.
/// </summary>
internal readonly record struct XlsxRawCell(int Column, string? Type, int Style, string? Value, bool HasFormula);
