namespace ThiDua.Exports.Xlsx;

/// <summary>
/// What a workbook is, in its document properties (File › Info in Excel, Properties in Calc and the file manager):
/// its header stays on row 1 for scripts and re-imports, so the title, the campaign and the instant live here.
/// No creation time: the same data gives the same file.
/// </summary>
public sealed record XlsxProperties(string Title, string? Subject = null);
