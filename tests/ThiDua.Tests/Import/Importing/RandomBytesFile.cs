namespace ThiDua.Tests.Import.Importing;

/// <summary>A temporary file of random bytes, written at test time and deleted when the returned stream is closed.</summary>
public static class RandomBytesFile
{
    public static Stream Create(long bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "thidua-random-" + Guid.NewGuid().ToString("N") + ".csv");
        var buffer = new byte[1 << 20];
        using (var write = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            for (long written = 0; written < bytes; written += buffer.Length)
            {
                Random.Shared.NextBytes(buffer);
                write.Write(buffer, 0, (int)Math.Min(buffer.Length, bytes - written));
            }
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
    }
}
