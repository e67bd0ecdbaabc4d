using System.Xml;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// An Excel sheet as import records: the first non-empty row is the header (mapped by the CSV's <see cref="HeaderMap"/>),
/// every later non-empty row a record, its cells turned into the CSV's text by <see cref="XlsxCellText"/> and mapped by
/// the same mappers. A row is its sheet row number, so errors say "Sheet1!C12".
/// </summary>
internal sealed class XlsxRecordScanner : IRecordScanner
{
    private static readonly string[] MonthColumns = ["period", "midterm_review", "final_review", "deadline"];

    private readonly XlsxPackage package;
    private readonly XlsxSheetReader sheet;
    private XlsxMergedCells merged = XlsxMergedCells.None;
    private readonly ImportKind kind;
    private readonly NumberCulture culture;
    private readonly CultureChoice choice;
    private readonly ImportErrorCollector errors;
    private readonly Func<RowCells, IImportRow?> mapper;
    private readonly List<XlsxRawCell> raw = [];
    private HeaderMap? headers;
    private RowCells? cells;
    private string[] headerTexts = [];
    private bool[] monthColumns = [];
    private bool[] readColumns = [];
    private string[] texts = [];

    private XlsxRecordScanner(XlsxPackage package, ImportKind kind, NumberCulture culture, ImportErrorCollector errors, CultureChoice choice)
    {
        (this.package, this.kind, this.culture, this.errors, this.choice) = (package, kind, culture, errors, choice);
        sheet = new XlsxSheetReader(package.OpenSheet(), package.FileName);
        mapper = ImportRowMappers.For(kind);
    }

    /// <summary>The scanner, or null (the reason added to <paramref name="errors"/>) when the workbook cannot be read.</summary>
    public static IRecordScanner? Open(Stream stream, bool leaveOpen, string fileName, ImportKind kind, NumberCulture culture, string? sheetName,
        ImportErrorCollector errors, CultureChoice choice = CultureChoice.CliOption)
    {
        try
        {
            return new XlsxRecordScanner(XlsxPackage.Open(stream, leaveOpen, fileName, sheetName), kind, culture, errors, choice);
        }
        catch (XlsxRejectedException e)
        {
            errors.Add(0, null, null, e.Reason);
            if (!leaveOpen) stream.Dispose();
            return null;
        }
    }

    public int DataRowCount { get; private set; }

    public bool HasColumn(string column) => headers?.IndexOf(column) >= 0;

    public string HeaderText(string column) => headers?.HeaderText(column) ?? column;

    public bool TryNext(out IImportRow? row)
    {
        row = null;
        try
        {
            return Next(out row);
        }
        catch (XlsxRejectedException e)
        {
            errors.Add(e.Row, null, null, e.Reason);
        }
        catch (XmlException e)
        {
            var damaged = XlsxPackage.Damaged(package.FileName).Reason;
            errors.Add(0, null, null, new(damaged.Vi + $" (XML: {e.Message})", damaged.En + $" (XML: {e.Message})"));
        }
        return false;
    }

    private bool Next(out IImportRow? row)
    {
        row = null;
        if (headers is null && !ReadHeader()) return false;
        while (sheet.TryReadRow(out var number, raw))
        {
            Array.Fill(texts, "");
            var failed = false;
            var unnamed = -1;
            foreach (var cell in raw)
            {
                // A column read past (the office's "STT", often a formula) is not looked at at all.
                if (cell.Column < readColumns.Length && !readColumns[cell.Column] && !headers!.UnnamedColumns.Contains(cell.Column)) continue;
                var month = cell.Column < monthColumns.Length && monthColumns[cell.Column];
                var text = XlsxCellText.Of(cell, package, culture, month, out var error).Trim();
                if (error is not null)
                {
                    errors.Add(number, ColumnName(cell.Column), cell.Value, error);
                    failed = true;
                }
                else if (cell.Column < texts.Length && !headers!.UnnamedColumns.Contains(cell.Column)) texts[cell.Column] = text;
                else if (text.Length > 0 && unnamed < 0) unnamed = cell.Column;
            }
            if (!failed && unnamed < 0 && texts.All(t => t.Length == 0)) continue; // an empty row, however it is formatted
            DataRowCount++;
            if (failed) continue;
            if (unnamed >= 0)
            {
                errors.Add(number, ColumnName(unnamed), null, new(
                    $"Cột {XlsxColumnLetters.Of(unnamed)} không có tiêu đề nhưng có dữ liệu: đặt tên cột hoặc xóa dữ liệu.",
                    $"Column {XlsxColumnLetters.Of(unnamed)} has no header but holds a value: name the column or delete the value."));
                continue;
            }
            cells!.MoveTo(number, i => texts[i]);
            row = mapper(cells);
            if (row is not null) return true;
        }
        merged = sheet.ReadMergedCells();
        if (DataRowCount == 0)
            errors.Add(0, null, null, new($"Trang tính '{package.SheetName}' của tệp '{package.FileName}' không có dòng dữ liệu nào (chỉ có dòng tiêu đề).",
                $"The sheet '{package.SheetName}' of '{package.FileName}' has no data rows (only the header)."));
        return false;
    }

    private bool ReadHeader()
    {
        while (sheet.TryReadRow(out var number, raw))
        {
            var names = new string[raw.Count == 0 ? 0 : raw.Max(c => c.Column) + 1];
            Array.Fill(names, "");
            foreach (var cell in raw)
            {
                names[cell.Column] = XlsxCellText.Of(cell, package, culture, false, out var error).Trim();
                if (error is not null)
                {
                    errors.Add(number, null, cell.Value, error);
                    return false;
                }
            }
            if (names.All(n => n.Length == 0)) continue;
            headerTexts = names;
            var word = ImportKindNames.ToCliWord(kind);
            headers = HeaderMap.Build(names, kind, number, errors, new($"trang tính '{package.SheetName}' của tệp {word} '{package.FileName}'",
                $"the sheet '{package.SheetName}' of the {word} file '{package.FileName}'"));
            if (!headers.IsUsable && (XlsxOtherSheets.Hint(package, word, number) ?? HeaderMap.TitleRowHint(names)) is { } hint) errors.Add(0, null, null, hint);
            cells = new RowCells(headers, errors, culture, choice);
            texts = new string[names.Length];
            monthColumns = names.Select((_, i) => MonthColumns.Any(m => headers.IndexOf(m) == i)).ToArray();
            var read = ImportSchemas.For(kind).Select(c => headers.IndexOf(c.Name)).ToHashSet();
            readColumns = names.Select((_, i) => read.Contains(i)).ToArray();
            return headers.IsUsable;
        }
        var others = XlsxOtherSheets.Choice(package);
        errors.Add(0, null, null, new($"Trang tính '{package.SheetName}' của tệp '{package.FileName}' trống: không có dòng tiêu đề và không có dòng dữ liệu nào." + (others is null ? "" : " " + others.Vi),
            $"The sheet '{package.SheetName}' of '{package.FileName}' is empty: it has no header and no data rows." + (others is null ? "" : " " + others.En)));
        return false;
    }

    private string ColumnName(int index) => index < headerTexts.Length && headerTexts[index].Length > 0 ? headerTexts[index] : "#" + (index + 1);

    public IReadOnlyList<ImportError> Locate(IReadOnlyList<ImportError> found) =>
        found.Select(e => e.Line <= 0 ? e : merged.Explain(e, ColumnIndex(e.Column)) with { Column = XlsxErrorPlace.Of(package.SheetName, e.Line, ColumnIndex(e.Column), e.Column) }).ToList();

    private int ColumnIndex(string? column)
    {
        if (column is null) return -1;
        var written = Array.FindIndex(headerTexts, h => h == column);
        if (written >= 0) return written;
        if (column.StartsWith('#') && int.TryParse(column[1..], out var n)) return n - 1;
        return headers?.IndexOf(column) ?? -1;
    }

    public void Dispose()
    {
        sheet.Dispose();
        package.Dispose();
    }
}
