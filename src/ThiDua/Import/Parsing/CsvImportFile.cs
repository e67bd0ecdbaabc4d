using System.Collections;
using CsvHelper;

namespace ThiDua.Import.Parsing;

/// <summary>
/// One pass over one CSV file. Enumerate it (once) to get the valid rows as they are read — nothing is buffered, so
/// memory stays flat with the file size; rows with problems are not yielded, their errors are collected instead.
/// <see cref="Errors"/> is complete only when <see cref="IsComplete"/>: the file may be imported only if it is then
/// empty (SPEC: validate whole, reject whole). Typical use: pass 1 <c>Validate()</c> (or check references while
/// enumerating), pass 2 reopen the file and write the rows in one transaction.
/// </summary>
public sealed class CsvImportFile<TRow> : IEnumerable<TRow>, IDisposable where TRow : class, IImportRow
{
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly ImportErrorCollector errors;
    private bool started;
    private readonly string? sheet;
    private readonly CultureChoice choice;
    private IRecordScanner? scanner;

    internal CsvImportFile(Stream stream, string fileName, ImportKind kind, NumberCulture culture, bool leaveOpen, int maxErrors, string? sheet = null,
        CultureChoice choice = CultureChoice.CliOption)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (this.stream, FileName, Kind, Culture, this.leaveOpen, this.sheet, this.choice) = (stream, fileName, kind, culture, leaveOpen, sheet, choice);
        errors = new ImportErrorCollector(maxErrors);
    }

    public string FileName { get; }

    public ImportKind Kind { get; }

    public NumberCulture Culture { get; }

    /// <summary>Whether the whole file has been read (the enumeration ran to its end).</summary>
    public bool IsComplete { get; private set; }

    /// <summary>Non-blank data records read so far, valid or not.</summary>
    public int DataRowCount { get; private set; }

    /// <summary>Total errors found, including those beyond the cap of <see cref="Errors"/>.</summary>
    public int ErrorCount => errors.Count;

    /// <summary>The errors found so far, by line, capped with a final "and N more" entry.</summary>
    public IReadOnlyList<ImportError> Errors => Locate(errors.ToList());

    /// <summary>Errors (this file's, or combined with the importer's) placed in the file's terms: "Sheet1!C12" for a workbook.</summary>
    public IReadOnlyList<ImportError> Locate(IReadOnlyList<ImportError> found) => scanner?.Locate(found) ?? found;

    /// <summary>The same errors, to be combined with others (<see cref="ImportErrorCollector.Combine"/>).</summary>
    internal ImportErrorCollector ErrorCollector => errors;

    public bool IsValid => IsComplete && errors.Count == 0;

    /// <summary>
    /// Whether the file's header has <paramref name="column"/> (canonical name, e.g. "cluster"), once rows are being read:
    /// an optional column left out keeps what is stored, where an empty cell clears it.
    /// </summary>
    public bool HasColumn(string column) => scanner?.HasColumn(column) ?? false;

    /// <summary>The header as the file writes <paramref name="column"/> (canonical name): what the parser's errors name, for the importer's too.</summary>
    public string HeaderText(string column) => scanner?.HeaderText(column) ?? column;

    /// <summary>Reads the rest of the file without keeping rows; returns all errors.</summary>
    public IReadOnlyList<ImportError> Validate()
    {
        foreach (var _ in this) { }
        return Errors;
    }

    public IEnumerator<TRow> GetEnumerator()
    {
        if (started) throw new InvalidOperationException("A CsvImportFile can be enumerated once; open the file again for another pass.");
        started = true;
        return ReadRows().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<TRow> ReadRows()
    {
        using var opened = OpenScanner();
        scanner = opened;
        if (opened is null)
        {
            IsComplete = true;
            yield break;
        }
        while (true)
        {
            IImportRow? row;
            try
            {
                if (!opened.TryNext(out row)) break;
            }
            catch (InvalidTextEncodingException e)
            {
                errors.Add(e.Line, null, null, new(e.ReasonVi, e.ReasonEn));
                break;
            }
            catch (CsvFormatException e)
            {
                var mb = CsvRecordScanner.MaxRecordBytes / 1024 / 1024;
                // The unclosed quote is only a likely cause when the record has a quote at all.
                errors.Add((int)e.LineNumber, null, null, opened is CsvRecordScanner csv && csv.HasQuoteFrom(e.LineNumber)
                    ? new($"Bản ghi bắt đầu ở dòng này dài quá {mb} MB: có thể có dấu nháy kép (\") không được đóng; thêm dấu \" đóng hoặc xóa dấu \" thừa.",
                        $"The record starting on this line is longer than {mb} MB: probably a double quote (\") that is never closed; add the closing \" or remove the stray one.")
                    : new($"Dòng này dài quá {mb} MB: không giá trị nào cần dài như vậy; kiểm tra dòng này (có thể dữ liệu bị dán nhầm vào một ô) rồi chia nhỏ hoặc xóa giá trị đó.",
                        $"This line is longer than {mb} MB: no value needs to be that long; check the line (data pasted into one cell by mistake?) and shorten or delete that value."));
                break;
            }
            finally
            {
                DataRowCount = opened.DataRowCount;
            }
            yield return (TRow)row!;
        }
        IsComplete = true;
    }

    private IRecordScanner? OpenScanner()
    {
        // The one place the file type matters: a workbook (zip, or named .xlsx) is read by the sheet scanner.
        if (Xlsx.XlsxFileType.IsWorkbook(stream, FileName))
            return Xlsx.XlsxRecordScanner.Open(stream, leaveOpen, FileName, Kind, Culture, sheet, errors, choice);
        try
        {
            return new CsvRecordScanner(StrictTextStream.Open(new EndOfFileMarkerStream(stream, leaveOpen), leaveOpen: false), FileName, Kind, Culture, errors, choice);
        }
        catch (InvalidTextEncodingException e)
        {
            errors.Add(e.Line, null, null, new($"Tệp '{FileName}': {e.ReasonVi}", $"File '{FileName}': {e.ReasonEn}"));
            if (!leaveOpen) stream.Dispose();
            return null;
        }
    }

    /// <summary>Closes the stream if the enumeration did not (e.g. never started).</summary>
    public void Dispose()
    {
        if (!started && !leaveOpen) stream.Dispose();
    }
}
