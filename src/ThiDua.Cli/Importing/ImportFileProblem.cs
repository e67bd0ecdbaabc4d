namespace ThiDua.Cli.Importing;

/// <summary>Why the FILE argument of <c>thidua import</c> cannot be read as a file, before anything is opened.</summary>
public static class ImportFileProblem
{
    /// <summary>The bilingual message, or null when <paramref name="path"/> is an existing file.</summary>
    public static string? Of(FileInfo path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Exists) return null;
        // FileInfo.Exists is false for a folder too: say which, the fix differs.
        if (Directory.Exists(path.FullName))
            return $"'{path.FullName}' là một thư mục, không phải tệp: ghi đường dẫn của tệp CSV hoặc .xlsx trong thư mục đó, ví dụ {Path.Combine(path.FullName, "measurements.csv")}. / "
                + $"'{path.FullName}' is a folder, not a file: give the path of a CSV or .xlsx file in it, e.g. {Path.Combine(path.FullName, "measurements.csv")}.";
        return $"Không tìm thấy tệp / file not found: '{path.FullName}'. Kiểm tra đường dẫn và tên tệp (cả phần mở rộng .csv/.xlsx). / "
            + "Check the path and the file name (its .csv/.xlsx extension included).";
    }
}
