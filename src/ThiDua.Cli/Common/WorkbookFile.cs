using ThiDua.Documents;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Cli.Common;

/// <summary>Writes a workbook beside its destination and moves it in place, so a reader never opens half a file.</summary>
public static class WorkbookFile
{
    public static void Write(FileInfo file, IReadOnlyList<XlsxSheet> sheets, DocumentProperties properties)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.DirectoryName is { } dir) Directory.CreateDirectory(dir);
        ThiDua.Reports.AtomicFile.Write(file.FullName, temporary =>
        {
            using var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite);
            XlsxWorkbookWriter.Write(stream, sheets, properties);
        });
    }
}
