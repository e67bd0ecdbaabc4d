using ThiDua.Hosting;

namespace ThiDua.Cli.Common;

/// <summary>What <c>--out</c> names: the reports' folder, or the workbook file of <c>--format xlsx</c>.</summary>
public enum OutputKind
{
    Folder,
    Workbook,
}

/// <summary>
/// A file-system error while writing <c>--out</c> (a full disk, a read-only or forbidden folder, a file where a folder
/// belongs or the reverse) in ThiDua's words, Vietnamese then English: what went wrong, where, and how to fix it,
/// instead of the OS's English text ("No space left on device : '…'"). The writers leave no temporary file behind.
/// </summary>
public static class OutputProblem
{
    // Linux errno values: .NET puts the raw errno in an IOException's HResult.
    // A full disk is FileSystemErrors' (which also knows a full disk met while reserving a file's size, as the reports do).
    private const int NoEntry = 2, Exists = 17, NotDirectory = 20, IsDirectory = 21, ReadOnlyFs = 30;

    /// <summary>Checked before anything is written: <c>--out</c> names an existing file where a folder is needed, or the reverse.</summary>
    public static string? Before(string path, OutputKind kind) => kind switch
    {
        OutputKind.Folder when File.Exists(path) => MustBeFolder(path),
        OutputKind.Workbook when Directory.Exists(path) => MustBeFile(path),
        _ => null,
    };

    /// <summary>Whether <paramref name="e"/> is a file-system error this class explains.</summary>
    public static bool Is(Exception e) => e is UnauthorizedAccessException or IOException;

    /// <summary>The bilingual message for a file-system error while writing <paramref name="path"/> (the <c>--out</c> given).</summary>
    public static string Describe(Exception e, string path, OutputKind kind)
    {
        ArgumentNullException.ThrowIfNull(e);
        var code = e.HResult;
        if (FileSystemErrors.IsDiskFull(e))
            return $"Đĩa đầy / disk full: không ghi được {path} — giải phóng chỗ trống rồi chạy lại; không có tệp ghi dở nào được để lại. / "
                + $"could not write {path} — free some space and run again; no half-written file was left.";
        if (e is UnauthorizedAccessException || code == ReadOnlyFs)
            return $"Không có quyền ghi thư mục {Folder(path, kind)} / cannot write to {Folder(path, kind)}"
                + (code == ReadOnlyFs ? " (hệ thống tệp chỉ đọc / read-only file system)" : " (không đủ quyền / permission denied)")
                + $" — chọn thư mục khác cho --out hoặc cấp quyền ghi rồi chạy lại. / choose another --out or grant write access and run again.";
        if (kind == OutputKind.Folder && code is Exists or NotDirectory)
            return MustBeFolder(path);
        if (kind == OutputKind.Workbook && code == IsDirectory)
            return MustBeFile(path);
        if (kind == OutputKind.Workbook && code is Exists or NotDirectory)
            return $"Không tạo được thư mục chứa {path}: một phần của đường dẫn là tệp / cannot create the folder of {path}: part of the path is a file. "
                + "Chọn đường dẫn khác cho --out / choose another --out.";
        if (code == NoEntry)
            return $"Không tìm thấy đường dẫn {path} / path not found: {path} — kiểm tra --out rồi chạy lại / check --out and run again.";
        return $"Không ghi được {path} / could not write {path}: {e.Message} — kiểm tra --out và chỗ trống trên đĩa rồi chạy lại / check --out and the free disk space, then run again.";
    }

    /// <summary>
    /// The disk filled while the table, CSV or JSON went to standard output — a file the shell made (<c>&gt; ket-qua.csv</c>),
    /// which ThiDua cannot remove: say that it is incomplete, instead of the OS's "No space left on device".
    /// </summary>
    public static string StandardOutputFull() =>
        "Đĩa đầy / disk full: không ghi hết được kết quả ra đầu ra chuẩn (tệp mà lệnh chuyển hướng tới bằng >) — tệp đó dở dang: "
        + "xóa nó, giải phóng chỗ trống rồi chạy lại. / could not write all of the output to standard output (the file the command "
        + "was redirected to with >) — that file is incomplete: delete it, free some space and run again.";

    private static string MustBeFolder(string path) =>
        $"--out phải là thư mục / --out must be a folder: {path} là một tệp / is a file. Chọn một thư mục (sẽ được tạo nếu chưa có) / choose a folder (created if missing).";

    private static string MustBeFile(string path) =>
        $"--out phải là tên tệp .xlsx / --out must be a file name: {path} là một thư mục / is a folder. "
        + $"Ví dụ / for example: --out {Path.Combine(path, "ket-qua.xlsx")}";

    private static string Folder(string path, OutputKind kind) =>
        kind == OutputKind.Workbook ? Path.GetDirectoryName(Path.GetFullPath(path)) ?? path : path;
}
