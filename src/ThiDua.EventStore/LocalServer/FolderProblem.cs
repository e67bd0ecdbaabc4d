namespace ThiDua.EventStore.LocalServer;

/// <summary>
/// Why a folder could not be made, in Vietnamese and English, from what <see cref="Directory.CreateDirectory(string)"/>
/// threw — for messages that say what, where and how to fix instead of the system's bare "Access to the path … is denied".
/// </summary>
public static class FolderProblem
{
    public static (string Vi, string En) Cause(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            UnauthorizedAccessException => ("không đủ quyền ghi", "permission denied"),
            IOException { HResult: 30 } => ("hệ thống tệp chỉ đọc", "read-only file system"),
            IOException { HResult: 20 or 17 } or DirectoryNotFoundException => ("một phần của đường dẫn là tệp, không phải thư mục", "part of the path is a file, not a folder"),
            IOException { HResult: 28 } => ("đĩa đầy", "disk full"),
            _ => (e.Message, e.Message),
        };
    }
}
