using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Marking;

namespace ThiDua.Cli.Importing;

/// <summary>
/// <c>--mark-errors OUT.xlsx</c>: when the file is refused for errors in its cells or for its plausibility warnings,
/// the copy the /imports page offers (<see cref="MarkedCopy"/>: errors red, warned figures yellow) written to OUT —
/// beside it first and moved in place, so no half-written workbook is left. Nothing is written when the file is
/// accepted or its errors are about the whole file.
/// </summary>
public static class MarkedCopyFile
{
    /// <summary>Checked before the import: the copy must not overwrite the file imported, nor be a folder.</summary>
    public static string? Problem(FileInfo input, FileInfo? target)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (target is null) return null;
        if (string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(input.FullName), StringComparison.Ordinal))
            return $"--mark-errors phải là một tệp khác với tệp nhập {input.Name}, ví dụ --mark-errors {MarkedCopy.FileName(input.Name)} / "
                + $"--mark-errors must be another file than the one imported ({input.Name}), for example --mark-errors {MarkedCopy.FileName(input.Name)}.";
        if (Directory.Exists(target.FullName))
            return $"--mark-errors phải là tên tệp .xlsx, {target.FullName} là một thư mục; ví dụ --mark-errors {Path.Combine(target.FullName, MarkedCopy.FileName(input.Name))} / "
                + $"--mark-errors must be a file name, {target.FullName} is a folder; for example --mark-errors {Path.Combine(target.FullName, MarkedCopy.FileName(input.Name))}.";
        return null;
    }

    /// <summary>Writes the copy when there is something to mark; the line to print (on standard error), or null.</summary>
    public static string? Write(ImportOutcome outcome, FileInfo input, Import.Parsing.ImportKind kind, string? sheet, FileInfo? target)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(input);
        if (target is null || outcome.Accepted) return null;
        if (!MarkedCopy.CanMark(outcome.Errors, outcome.Warnings))
            return $"Không có ô nào để tô đỏ (các lỗi thuộc cả tệp): không ghi {target.FullName}. / No cell to mark (the errors are about the whole file): {target.FullName} not written.";
        try
        {
            using var copy = new MemoryStream();
            using (var file = input.OpenRead())
                if (!MarkedCopy.TryWrite(file, input.Name, kind, sheet, outcome.Errors, copy, outcome.Warnings))
                    return $"Không đọc lại được tệp để tô đỏ: không ghi {target.FullName}. / The file could not be read again to mark it: {target.FullName} not written.";
            if (target.DirectoryName is { } folder) Directory.CreateDirectory(folder);
            ThiDua.Reports.AtomicFile.Write(target.FullName, temporary => File.WriteAllBytes(temporary, copy.ToArray()));
        }
        catch (Exception e) when (FileSystemErrors.Is(e))
        {
            var (vi, en) = FileSystemErrors.IsDiskFull(e) ? ("đĩa đầy", "the disk is full")
                : FileSystemErrors.IsForbidden(e) || FileSystemErrors.IsReadOnly(e) ? ("không có quyền ghi", "it cannot be written")
                : (e.Message, e.Message);
            return $"Không ghi được bản sao tô đỏ các ô sai vào {target.FullName} ({vi}) — chọn tệp khác cho --mark-errors rồi chạy lại; không có tệp ghi dở nào. / "
                + $"Could not write the copy with the wrong cells in red to {target.FullName} ({en}) — choose another --mark-errors file and run again; no half-written file was left.";
        }
        if (!MarkedCopy.CanMark(outcome.Errors))
            return $"Bản sao tô vàng các số liệu bất thường: {target.FullName} — kiểm tra các ô tô vàng (trang tính 'Cảnh báo' liệt kê từng cảnh báo); "
                + "số liệu sai thì sửa rồi nhập lại chính tệp đó, số liệu đúng thì nhập lại với --accept-warnings. / "
                + $"A copy with the unlikely figures in yellow: {target.FullName} — check the yellow cells (the 'Cảnh báo' sheet lists each warning); "
                + "correct the wrong ones and import that file again, or import again with --accept-warnings if they are right.";
        return $"Bản sao tô đỏ các ô sai: {target.FullName} — sửa các ô tô đỏ (trang tính 'Lỗi' liệt kê từng lỗi) rồi nhập lại chính tệp đó. / "
            + $"A copy with the wrong cells in red: {target.FullName} — correct the red cells (the 'Lỗi' sheet lists each error) and import that file again.";
    }
}
