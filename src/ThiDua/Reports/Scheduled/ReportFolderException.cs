using ThiDua.Hosting;

namespace ThiDua.Reports.Scheduled;

/// <summary>
/// The scheduled reports could not be written into their folder (a full disk, a read-only or forbidden folder, a file in
/// its place): what went wrong, where (the folder and THIDUA_REPORTS) and how to fix it, Vietnamese then English, as
/// /jobs shows it — instead of the OS's English text. The writers leave no half-written file behind.
/// </summary>
public sealed class ReportFolderException : Exception
{
    public ReportFolderException() { }
    public ReportFolderException(string message) : base(message) { }
    public ReportFolderException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The bilingual failure for the file-system error <paramref name="e"/> met while writing into <paramref name="folder"/>.</summary>
    /// <param name="againVi">What to do once the folder is mended ("rồi …"); null: the job's "Chạy ngay".</param>
    /// <param name="againEn">The same in English ("then …").</param>
    public static ReportFolderException From(Exception e, string folder, string? againVi = null, string? againEn = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var again = againVi ?? "rồi bấm \"Chạy ngay\" (lần chạy lỗi cũng tự được thử lại)";
        var againInEnglish = againEn ?? "then press \"Chạy ngay\" (a failed run is also retried by itself)";
        var readOnly = FileSystemErrors.IsReadOnly(e);
        var message = e switch
        {
            _ when FileSystemErrors.IsDiskFull(e) =>
                $"Đĩa đầy / disk full: không ghi được báo cáo vào {folder} (THIDUA_REPORTS) — giải phóng chỗ trống {again}; không có tệp ghi dở nào được để lại. / "
                + $"could not write the reports to {folder} (THIDUA_REPORTS) — free some space, {againInEnglish}; no half-written file was left.",
            _ when FileSystemErrors.IsForbidden(e) || readOnly =>
                $"Không có quyền ghi thư mục báo cáo {folder} (THIDUA_REPORTS{(readOnly ? ", hệ thống tệp chỉ đọc" : ", không đủ quyền")}) — cấp quyền ghi "
                + $"cho người dùng chạy ThiDua hoặc đặt THIDUA_REPORTS sang thư mục khác, {again}. / cannot write to the reports folder {folder} "
                + $"(THIDUA_REPORTS{(readOnly ? ", read-only file system" : ", permission denied")}) — grant write access to the user running ThiDua or set "
                + $"THIDUA_REPORTS to another folder, {againInEnglish}.",
            _ when File.Exists(folder) || e is DirectoryNotFoundException =>
                $"Thư mục báo cáo {folder} (THIDUA_REPORTS) không dùng được: đường dẫn, hoặc một phần của nó, là tệp hay đã bị xóa — đặt THIDUA_REPORTS "
                + $"là một thư mục, {again}. / the reports folder {folder} (THIDUA_REPORTS) cannot be used: the path, or part of it, is a file or was "
                + $"removed — point THIDUA_REPORTS at a folder, {againInEnglish}.",
            _ => $"Không ghi được báo cáo vào {folder} (THIDUA_REPORTS): kiểm tra thư mục và chỗ trống trên đĩa, {again}. / could not write the "
                + $"reports to {folder} (THIDUA_REPORTS): {e.Message} — check the folder and the free disk space, {againInEnglish}.",
        };
        return new ReportFolderException(message, e);
    }
}
