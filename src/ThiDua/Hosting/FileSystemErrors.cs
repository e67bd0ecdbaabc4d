namespace ThiDua.Hosting;

/// <summary>
/// What kind of file-system error an exception is, for messages in ThiDua's words (a full disk, a read-only or forbidden
/// folder) rather than the OS's English text. .NET puts the raw errno in an <see cref="IOException"/>'s HResult, except
/// for a file created with its size reserved up front (<c>File.WriteAllText</c>, <c>File.WriteAllBytes</c>), whose full
/// disk is Windows' ERROR_DISK_FULL with the text "… because the disk was full".
/// </summary>
public static class FileSystemErrors
{
    // Linux errno values, and the Windows error code .NET uses for a failed preallocation on every OS.
    private const int NoSpace = 28, ReadOnlyFs = 30, QuotaExceeded = 122, WindowsDiskFull = 112;

    /// <summary>Whether <paramref name="e"/> is a file-system error (not a database's, whose inner errors are wrapped).</summary>
    public static bool Is(Exception e) => e is UnauthorizedAccessException or IOException;

    public static bool IsDiskFull(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e is IOException && (e.HResult is NoSpace or QuotaExceeded or WindowsDiskFull
            || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("disk was full", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsReadOnly(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.HResult == ReadOnlyFs;
    }

    public static bool IsForbidden(Exception e) => e is UnauthorizedAccessException;
}
