namespace ThiDua.Import.Parsing;

/// <summary>
/// The records of one import file, mapped to rows one at a time: CSV (<see cref="CsvRecordScanner"/>) or an Excel
/// sheet (<c>Xlsx.XlsxRecordScanner</c>). Both map cells with the same <see cref="HeaderMap"/>, <see cref="RowCells"/>
/// and mappers, so a file's kind, headers, aliases and validation do not depend on its type.
/// </summary>
internal interface IRecordScanner : IDisposable
{
    /// <summary>Data records seen, blank ones excluded, valid or not.</summary>
    int DataRowCount { get; }

    /// <summary>Whether the header names <paramref name="column"/> (canonical name); false before the header is read.</summary>
    bool HasColumn(string column);

    /// <summary>The header as the file writes <paramref name="column"/> (canonical name), as the parser's errors name it; the canonical name when the file has no such column.</summary>
    string HeaderText(string column) => column;

    /// <summary>Moves to the next valid row; false at the end, or when the file cannot be read further.</summary>
    bool TryNext(out IImportRow? row);

    /// <summary>The errors with their place in the file's own terms (a sheet's "Sheet1!C12"); CSV keeps line and column.</summary>
    IReadOnlyList<ImportError> Locate(IReadOnlyList<ImportError> errors) => errors;
}
