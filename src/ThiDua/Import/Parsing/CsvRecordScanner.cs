using CsvHelper;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Drives CsvHelper over a <see cref="StrictTextStream"/>: reads and maps the header, then maps one record per
/// <see cref="TryNext"/>, reporting structural problems (separator, field count, quoting) with their line.
/// Only the current record is held, so memory does not grow with the file.
/// </summary>
internal sealed class CsvRecordScanner : IRecordScanner
{
    /// <summary>A record this long is almost surely a quote that is never closed; stop instead of buffering the file.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private readonly CsvReader reader;
    private readonly StrictTextStream text;
    private readonly int headerLine;
    private readonly string fileName;
    private readonly ImportKind kind;
    private readonly NumberCulture culture;
    private readonly CultureChoice choice;
    private readonly ImportErrorCollector errors;
    private readonly Func<RowCells, IImportRow?> mapper;
    private readonly HashSet<long> malformedRecords = [];
    private HeaderMap? headers;
    private RowCells? cells;

    /// <summary>Whether the header names <paramref name="column"/> (canonical name); false before the header is read.</summary>
    public bool HasColumn(string column) => headers?.IndexOf(column) >= 0;

    public string HeaderText(string column) => headers?.HeaderText(column) ?? column;

    public CsvRecordScanner(StrictTextStream text, string fileName, ImportKind kind, NumberCulture culture, ImportErrorCollector errors,
        CultureChoice choice = CultureChoice.CliOption)
    {
        ArgumentNullException.ThrowIfNull(text);
        (this.text, this.fileName, this.kind, this.culture, this.errors, this.choice) = (text, fileName, kind, culture, errors, choice);
        mapper = ImportRowMappers.For(kind);
        headerLine = text.FirstLine.TrimStart().StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            DetectSeparatorHint = true, // Excel's "sep=;" first line
            MaxRecordSize = MaxRecordBytes,
            NormalizeHeaderName = ImportNameNormalizer.Normalize,
            OnMalformedRecord = OnMalformed,
        };
        reader = CsvReader.Create(text, options, leaveOpen: false);
    }

    /// <summary>Whether a double quote was read on <paramref name="line"/> or after it (the record too long there has one).</summary>
    public bool HasQuoteFrom(long line) => text.LastQuoteLine >= line;

    /// <summary>Data records seen, blank ones excluded, valid or not.</summary>
    public int DataRowCount { get; private set; }

    /// <summary>Moves to the next valid row; false at the end, or when the header makes the rows unreadable.</summary>
    public bool TryNext(out IImportRow? row)
    {
        row = null;
        if (headers is null && !ReadHeader()) return false;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var fieldCount = reader.FieldCount;
            if (IsBlank(fieldCount)) continue; // an empty spreadsheet row exported as ",,,,"
            DataRowCount++;
            if (malformedRecords.Remove(reader.RowNumber + 1)) continue; // already reported by OnMalformed
            if (fieldCount != headers!.FieldCount)
            {
                var split = SplitDecimalHint.Of(reader.Separator, culture, choice, Enumerable.Range(0, fieldCount).Select(i => reader.GetString(i)).ToList(), headers.FieldCount);
                // One field: a line of text under or over the table (a signature, "Người lập biểu"), not a short row.
                var (textVi, textEn) = fieldCount == 1
                    ? (" Nếu đây là một dòng chữ ngoài bảng (như 'Người lập biểu', chữ ký, ghi chú cuối bảng), xóa dòng đó khỏi tệp.", " If it is a line of text outside the table (a signature, a note under the table), delete that line from the file.")
                    : ("", "");
                errors.Add(line, null, null, new(
                    $"Dòng có {fieldCount} trường nhưng dòng tiêu đề có {headers.FieldCount} cột. Kiểm tra giá trị chứa dấu phân cách '{SeparatorName}' mà không đặt trong dấu nháy kép, hoặc ô bị thiếu/thừa." + textVi + split?.Vi,
                    $"The row has {fieldCount} fields but the header has {headers.FieldCount} columns. Look for a value containing the delimiter '{SeparatorName}' without double quotes, or a missing/extra cell." + textEn + split?.En));
                continue;
            }
            if (headers.UnnamedColumns.FirstOrDefault(i => reader.GetString(i).Trim().Length > 0, -1) is var unnamed and >= 0)
            {
                errors.Add(line, $"#{unnamed + 1}", reader.GetString(unnamed), new(
                    $"Cột thứ {unnamed + 1} không có tiêu đề nhưng có dữ liệu: đặt tên cột hoặc xóa dữ liệu.",
                    $"Column {unnamed + 1} has no header but holds a value: name the column or delete the value."));
                continue;
            }
            cells!.MoveTo(line, reader.GetString);
            row = mapper(cells);
            if (row is not null) return true;
        }
        if (DataRowCount == 0)
            errors.Add(0, null, null, new($"Tệp '{fileName}' không có dòng dữ liệu nào (chỉ có dòng tiêu đề).",
                $"The file '{fileName}' has no data rows (only the header)."));
        return false;
    }

    private bool ReadHeader()
    {
        reader.ReadHeader();
        var names = reader.Headers;
        if (names.Count == 0 || names.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(0, null, null, new($"Tệp '{fileName}' trống: không có dòng tiêu đề và không có dòng dữ liệu nào.",
                $"The file '{fileName}' is empty: it has no header and the file has no data rows."));
            return false;
        }
        if (names.Count > 1 && reader.Separator is not (',' or ';' or '\t') and var other)
        {
            // "campaign|unit|…": the columns are plain, only their separator is not one that is read; name it.
            var header = CellEcho.Of(string.Join(other, names));
            errors.Add(headerLine, null, header, new(
                $"Dòng tiêu đề dùng '{other}' để phân cách các cột; chỉ nhận dấu phẩy (,), chấm phẩy (;) hoặc tab: lưu lại tệp dạng CSV với dấu chấm phẩy, hoặc thay '{other}' bằng ';'.",
                $"The header line separates its columns with '{other}'; only a comma (,), a semicolon (;) or a tab is read: save the file as CSV with semicolons, or replace '{other}' with ';'."));
            return false;
        }
        if (names.Count == 1 || reader.Separator is not (',' or ';' or '\t'))
        {
            errors.Add(headerLine, null, names[0], new(
                "Không nhận ra dấu phân cách trong dòng tiêu đề: các cột phải được phân cách bằng dấu phẩy (,), chấm phẩy (;) hoặc tab. " + HeaderMap.TitleAbove.Vi,
                "The delimiter could not be detected from the header line: columns must be separated by a comma (,), a semicolon (;) or a tab. " + HeaderMap.TitleAbove.En));
            return false;
        }
        var word = ImportKindNames.ToCliWord(kind);
        headers = HeaderMap.Build(names, kind, headerLine, errors, new($"tệp {word} '{fileName}'", $"the {word} file '{fileName}'"));
        cells = new RowCells(headers, errors, culture, choice);
        return headers.IsUsable;
    }

    private bool IsBlank(int fieldCount)
    {
        for (var i = 0; i < fieldCount; i++)
            if (!reader.IsEmpty(i) && reader.GetString(i).Trim().Length > 0) return false;
        return true;
    }

    private string SeparatorName => reader.Separator == '\t' ? "tab" : reader.Separator.ToString();

    private void OnMalformed(CsvMalformedRecord record)
    {
        if (!record.Skipped) malformedRecords.Add(record.RecordNumber);
        var line = (int)record.LineNumber;
        errors.Add(line, null, null, record.Reason == CsvMalformedReason.UnterminatedQuote
            ? new("Dấu nháy kép (\") mở ở dòng này không bao giờ được đóng: thêm dấu \" đóng hoặc xóa dấu \" thừa.",
                "A double quote (\") opened on this line is never closed: add the closing \" or remove the stray one.")
            : new("Dấu nháy kép (\") đặt sai chỗ: giá trị có dấu \" phải được bao trong dấu nháy kép và viết \"\" cho mỗi dấu \" bên trong.",
                "Misplaced double quote (\"): a value containing \" must be enclosed in double quotes, with each inner \" written as \"\"."));
    }

    public void Dispose() => reader.Dispose();
}
