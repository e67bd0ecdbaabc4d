using System.Text;

namespace ThiDua.Cli.Database;

/// <summary>Which kind of pg_dump file a restore was given, from its first bytes (not its name).</summary>
internal static class BackupFile
{
    public static BackupFormat FormatOf(string path)
    {
        var head = new byte[512];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 5 && Encoding.ASCII.GetString(head, 0, 5) == "PGDMP") return BackupFormat.Custom;
        // pg_dump's plain output opens with its comment header.
        return Encoding.UTF8.GetString(head, 0, read).Contains("-- PostgreSQL database dump", StringComparison.Ordinal)
            ? BackupFormat.PlainSql
            : BackupFormat.NotADump;
    }
}
