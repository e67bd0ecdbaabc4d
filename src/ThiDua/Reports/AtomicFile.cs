using System.Text;

namespace ThiDua.Reports;

/// <summary>
/// Writes a file beside its destination (<c>NAME.tmp</c>, same folder, so the rename is atomic) and renames it in place
/// only when complete: a reader never sees half a file, and a failed write (a full disk, a read-only folder) removes the
/// temporary file and leaves whatever was under the final name untouched.
/// </summary>
public static class AtomicFile
{
    /// <summary>The temporary name a file is written under before it is renamed to <paramref name="path"/>.</summary>
    public static string Temporary(string path) => path + ".tmp";

    public static Task WriteAllTextAsync(string path, string text, Encoding encoding, CancellationToken ct = default) =>
        WriteAsync(path, temporary => File.WriteAllTextAsync(temporary, text, encoding, ct));

    public static Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken ct = default) =>
        WriteAsync(path, temporary => File.WriteAllBytesAsync(temporary, bytes, ct));

    public static void WriteAllText(string path, string text) => Write(path, temporary => File.WriteAllText(temporary, text));

    public static void Write(string path, Action<string> writeTemporary)
    {
        ArgumentNullException.ThrowIfNull(writeTemporary);
        var temporary = Temporary(path);
        try
        {
            writeTemporary(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    public static async Task WriteAsync(string path, Func<string, Task> writeTemporary)
    {
        ArgumentNullException.ThrowIfNull(writeTemporary);
        var temporary = Temporary(path);
        try
        {
            await writeTemporary(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Removes a file if it is there; a file that cannot be removed is left (the caller's own error matters more).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
