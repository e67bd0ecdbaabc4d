namespace ThiDua.Exports.Xlsx;

/// <summary>One column of a sheet: its header text and how its cells are stored.</summary>
public sealed record XlsxColumn(string Header, XlsxCellStyle Style = XlsxCellStyle.Text);
