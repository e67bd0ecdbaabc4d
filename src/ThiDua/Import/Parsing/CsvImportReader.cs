namespace ThiDua.Import.Parsing;

/// <summary>
/// Entry point of the CSV parsing layer. Returns a <see cref="CsvImportFile{TRow}"/> that streams typed rows lazily
/// while it collects every error of the file; see there for the calling pattern.
/// </summary>
public static class CsvImportReader
{
    public const int DefaultMaxErrors = 1000;

    /// <summary>Reads rows of type <typeparamref name="TRow"/> (its kind follows from the type, e.g. <see cref="UnitRow"/> → units).</summary>
    public static CsvImportFile<TRow> Read<TRow>(Stream stream, string fileName, NumberCulture culture = NumberCulture.Vi, bool leaveOpen = false)
        where TRow : class, IImportRow =>
        new(stream, fileName, ImportKindNames.Of<TRow>(), culture, leaveOpen, DefaultMaxErrors);

    /// <summary>Reads the rows of <paramref name="kind"/> (e.g. chosen by the CLI word) as <see cref="IImportRow"/>.</summary>
    /// <param name="sheet">For an Excel workbook, the sheet to read (by name); null: the first.</param>
    /// <param name="choice">Where the reader of the errors chooses the culture (named by a number grouped the other way).</param>
    public static CsvImportFile<IImportRow> Read(Stream stream, string fileName, ImportKind kind, NumberCulture culture = NumberCulture.Vi, bool leaveOpen = false,
        string? sheet = null, CultureChoice choice = CultureChoice.CliOption) =>
        new(stream, fileName, kind, culture, leaveOpen, DefaultMaxErrors, sheet, choice);

    /// <summary>Whether the file is read as an Excel workbook (.xlsx) rather than as CSV text.</summary>
    public static bool IsWorkbook(Stream stream, string fileName) => Xlsx.XlsxFileType.IsWorkbook(stream, fileName);

    /// <summary>Opens <paramref name="path"/> for one sequential pass; call again for a second pass.</summary>
    public static CsvImportFile<IImportRow> ReadFile(string path, ImportKind kind, NumberCulture culture = NumberCulture.Vi, string? sheet = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), kind, culture, sheet: sheet);
    }
}
