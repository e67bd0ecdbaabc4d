namespace ThiDua.EventStore.LocalServer;

/// <summary>Finds the machine's PostgreSQL server binaries: on PATH, or the newest under /usr/lib/postgresql/*/bin.</summary>
public static class PostgresBinaries
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them: `sudo apt-get update && sudo apt-get install -y postgresql` " +
        "/ Không tìm thấy PostgreSQL (initdb, pg_ctl). Cài đặt: `sudo apt-get update && sudo apt-get install -y postgresql`, " +
        "or pass --database / THIDUA_DATABASE with a connection string.";

    public static string? Find()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (fromPath is not null) return fromPath;
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Dir)
            .FirstOrDefault();
    }
}
