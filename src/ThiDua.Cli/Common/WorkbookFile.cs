using ThiDua.Exports.Xlsx;

namespace ThiDua.Cli.Common;

/// <summary>Writes a workbook beside its destination and moves it in place, so a reader never opens half a file.</summary>
public static class WorkbookFile
{
    public static void Write(FileInfo file, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.DirectoryName is { } dir) Directory.CreateDirectory(dir);
        var temporary = file.FullName + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite))
            XlsxWorkbookWriter.Write(stream, sheets);
        File.Move(temporary, file.FullName, overwrite: true);
    }
}
