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

    /// <summary>
    /// A client program (pg_dump, pg_restore, psql) of the server's version: beside <see cref="Find"/>'s binaries, or beside
    /// what they link to (initdb and pg_ctl may be links on PATH to /usr/lib/postgresql/N/bin), else on PATH; null if none.
    /// </summary>
    public static string? FindClient(string tool)
    {
        var folders = new List<string>();
        if (Find() is { } bin)
        {
            folders.Add(bin);
            if (new FileInfo(Path.Combine(bin, "initdb")).ResolveLinkTarget(returnFinalTarget: true) is { } target && Path.GetDirectoryName(target.FullName) is { } real)
                folders.Add(real);
        }
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return folders.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
    }
}
