using System.IO.Compression;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;
using ThiDua.Import.Plausibility;
using ThiDua.Import.Templates;
using ThiDua.Import.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// A refused file given back marked: an Excel workbook whose first sheet is the file's own rows at their own row
/// numbers with every cell an error points at filled light red, and whose second sheet, "Lỗi", lists the errors, each
/// linked to its cell. The analyst corrects the red cells and imports this workbook as it is: its first sheet is
/// read, with the header and values as they were sent (a workbook's numbers and dates still numbers and dates).
/// A file held back for its plausibility warnings is given back the same way, each warned figure filled light yellow
/// and listed in a sheet "Cảnh báo".
/// </summary>
public static class MarkedCopy
{
    public const string ContentType = XlsxWorkbookWriter.ContentType;

    public static string FileName(string fileName) => $"{Path.GetFileNameWithoutExtension(fileName)}-danh-dau-loi.xlsx";

    /// <summary>
    /// The copy's name for what it marks: a file held back only for its warnings has no error, and a copy named
    /// "…-danh-dau-loi" sent back to the unit would tell it its figures are wrong when they are only to be checked.
    /// </summary>
    public static string FileName(string fileName, IReadOnlyList<ImportError> errors) => CanMark(errors)
        ? FileName(fileName)
        : $"{Path.GetFileNameWithoutExtension(fileName)}-danh-dau-canh-bao.xlsx";

    /// <summary>Whether any error or warning points at a row of the file; errors about the whole file leave nothing to mark.</summary>
    public static bool CanMark(IReadOnlyList<ImportError> errors, IReadOnlyList<ImportWarning>? warnings = null) =>
        (errors?.Any(e => e.Line > 0) ?? false) || (warnings?.Any(w => w.Line > 0) ?? false);

    /// <summary>Writes the marked copy of <paramref name="file"/> (seekable, at its start); false, nothing written, when it cannot be read.</summary>
    public static bool TryWrite(Stream file, string fileName, ImportKind kind, string? sheet, IReadOnlyList<ImportError> errors, Stream output,
        IReadOnlyList<ImportWarning>? warnings = null)
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
            Write(output, ImportGuide.Title(kind), Records, errors, warnings ?? [], ErrorPlaces.Csv(header, kind), header);
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
            var header = HeaderOf(records.Read());
            Write(output, records.SheetName, records.Read, errors, warnings ?? [], ErrorPlaces.Workbook(header, kind), header);
        }
        return true;
    }

    private static IReadOnlyList<string> HeaderOf(IEnumerable<FileRecord> records) =>
        records.FirstOrDefault(r => r.Cells.Any(c => c.Shown.Trim().Length > 0))?.Cells.Select(c => c.Shown).ToList() ?? [];

    private static void Write(Stream output, string dataSheet, Func<IEnumerable<FileRecord>> records, IReadOnlyList<ImportError> errors,
        IReadOnlyList<ImportWarning> warnings, ErrorPlaces.ColumnOf columnOf, IReadOnlyList<string> header)
    {
        // The errors' sheet whenever there are errors (some may be about the whole file), the warnings' when there are warnings.
        var lists = new List<ProblemList>();
        if (errors.Count > 0 || warnings.Count == 0) lists.Add(ProblemList.Errors(errors));
        if (warnings.Count > 0) lists.Add(ProblemList.Warnings(warnings));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = XlsxSheetNames.Unique([dataSheet, .. lists.Select(l => l.Name)]);
        XlsxPackageParts.WriteFixed(zip, names, properties: null);
        using (var part = Documents.PackageEntry.Create(zip, "xl/worksheets/sheet1.xml", CompressionLevel.Fastest))
            MarkedSheetXml.Write(part, records, ErrorPlaces.Of(errors, columnOf), ErrorPlaces.Of(warnings.Select(ProblemList.AsPlace), columnOf));
        for (var i = 0; i < lists.Count; i++)
            using (var part = Documents.PackageEntry.Create(zip, $"xl/worksheets/sheet{i + 2}.xml", CompressionLevel.Fastest))
                ProblemListSheetXml.Write(part, lists[i], columnOf, header, names[0]);
    }
}
