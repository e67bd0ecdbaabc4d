using System.IO.Compression;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Import.Templates;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// A refused file given back marked: an Excel workbook whose first sheet is the file's own rows at their own row
/// numbers with every cell an error points at filled light red, and whose second sheet, "Lỗi", lists the errors, each
/// linked to its cell. The analyst corrects the red cells and imports this workbook as it is: its first sheet is
/// read, with the header and values as they were sent (a workbook's numbers and dates still numbers and dates).
/// </summary>
public static class MarkedCopy
{
    public const string ContentType = XlsxWorkbookWriter.ContentType;

    public static string FileName(string fileName) => $"{Path.GetFileNameWithoutExtension(fileName)}-danh-dau-loi.xlsx";

    /// <summary>Whether any error points at a row of the file; errors about the whole file leave nothing to mark.</summary>
    public static bool CanMark(IReadOnlyList<ImportError> errors) => errors?.Any(e => e.Line > 0) ?? false;

    /// <summary>Writes the marked copy of <paramref name="file"/> (seekable, at its start); false, nothing written, when it cannot be read.</summary>
    public static bool TryWrite(Stream file, string fileName, ImportKind kind, string? sheet, IReadOnlyList<ImportError> errors, Stream output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(errors);
        if (!file.CanSeek) throw new ArgumentException("The file is read twice: give a seekable stream.", nameof(file));
        if (!XlsxFileType.IsWorkbook(file, fileName))
        {
            var start = file.Position;
            IEnumerable<FileRecord> Records()
            {
                file.Position = start;
                foreach (var record in CsvFileRecords.Read(file)) yield return record;
            }
            var header = HeaderOf(Records());
            Write(output, ImportGuide.Title(kind), Records, errors, ErrorPlaces.Csv(header, kind), header);
            return true;
        }
        XlsxPackage package;
        try
        {
            package = XlsxPackage.Open(file, leaveOpen: true, fileName, sheet);
        }
        catch (XlsxRejectedException)
        {
            return false; // not a workbook that can be read: the import's error is about the whole file
        }
        using (package)
        {
            var records = new XlsxFileRecords(package);
            Write(output, records.SheetName, records.Read, errors, ErrorPlaces.Workbook, HeaderOf(records.Read()));
        }
        return true;
    }

    private static IReadOnlyList<string> HeaderOf(IEnumerable<FileRecord> records) =>
        records.FirstOrDefault(r => r.Cells.Any(c => c.Shown.Trim().Length > 0))?.Cells.Select(c => c.Shown).ToList() ?? [];

    private static void Write(Stream output, string dataSheet, Func<IEnumerable<FileRecord>> records, IReadOnlyList<ImportError> errors,
        ErrorPlaces.ColumnOf columnOf, IReadOnlyList<string> header)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = XlsxSheetNames.Unique([dataSheet, ErrorListSheetXml.Name]);
        XlsxPackageParts.WriteFixed(zip, names, properties: null);
        using (var part = Documents.PackageEntry.Create(zip, "xl/worksheets/sheet1.xml", CompressionLevel.Fastest))
            MarkedSheetXml.Write(part, records, ErrorPlaces.Of(errors, columnOf));
        using (var part = Documents.PackageEntry.Create(zip, "xl/worksheets/sheet2.xml", CompressionLevel.Fastest))
            ErrorListSheetXml.Write(part, errors, columnOf, header, names[0]);
    }
}
