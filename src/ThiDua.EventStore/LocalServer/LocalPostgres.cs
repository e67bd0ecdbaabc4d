using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ThiDua.EventStore.LocalServer;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries, on 127.0.0.1 and a free port.
/// As root the data directory lives under /var/lib/thidua (the postgres user cannot enter /root).
/// </summary>
public sealed class LocalPostgres(string home, bool ephemeral = false, string? clusterDir = null)
{
    public const string User = "thidua";

    // Without a trailing separator: "/srv/thidua/" and "/srv/thidua" are one home, so one cluster (its folder is hashed from this).
    public string Home { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(home));

    public string ClusterDir => clusterDir ?? (ProcessRunner.IsRoot
        ? Path.Combine("/var/lib/thidua", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Home)))[..16].ToLowerInvariant())
        : Path.Combine(Home, "postgres"));

    public string DataDir => Path.Combine(ClusterDir, "data");

    public string LogFile => Path.Combine(ClusterDir, "server.log");

    // The port of the last start: a restart reuses it, so clients holding a connection string (a running
    // `thidua serve`, its scheduler) reconnect by themselves instead of losing the database for good.
    private string PortFile => Path.Combine(ClusterDir, "port");

    public static string DefaultHome =>
        Environment.GetEnvironmentVariable("THIDUA_HOME") is { Length: > 0 } h
            ? h
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "thidua");

    public LocalPostgresStatus Status()
    {
        var pidFile = Path.Combine(DataDir, "postmaster.pid");
        if (!File.Exists(pidFile)) return new LocalPostgresStatus(false, null, DataDir);
        var bin = PostgresBinaries.Find();
        if (bin is null) return new LocalPostgresStatus(false, null, DataDir);
        var (code, _) = ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "status", "-D", DataDir);
        if (code != 0) return new LocalPostgresStatus(false, null, DataDir);
        var lines = File.ReadAllLines(pidFile);
        int? port = lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new LocalPostgresStatus(true, port, DataDir);
    }

    /// <summary>
    /// Starts the cluster (initialising it the first time) or reuses the running one; returns its port: the one it
    /// had last time when that is still free, else a free one.
    /// </summary>
    public int Start()
    {
        var status = Status();
        if (status is { Running: true, Port: { } running }) return running;
        var bin = PostgresBinaries.Find() ?? throw new LocalPostgresException(PostgresBinaries.InstallHint);
        Directory.CreateDirectory(ClusterDir);
        ProcessRunner.Chown(ClusterDir);
        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION"))) Init(bin);
        for (var attempt = 1; ; attempt++)
        {
            var port = attempt == 1 && RememberedPort() is { } last ? last : FreePort();
            var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300"
                + (ephemeral ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
            var (code, output) = ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "start", "-D", DataDir, "-l", LogFile, "-w", "-t", "60", "-o", options);
            if (code == 0)
            {
                File.WriteAllText(PortFile, port.ToString(CultureInfo.InvariantCulture));
                return port;
            }
            if (attempt == 3)
                throw new LocalPostgresException($"PostgreSQL did not start / PostgreSQL không khởi động được: {output.Trim()} (log: {LogFile})");
        }
    }

    public void Stop(bool immediate = false)
    {
        if (!Status().Running) return;
        var bin = PostgresBinaries.Find() ?? throw new LocalPostgresException(PostgresBinaries.InstallHint);
        ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "stop", "-D", DataDir, "-m", immediate ? "immediate" : "fast", "-w");
    }

    /// <summary>Deletes the cluster's files (the server must be stopped).</summary>
    public void Destroy()
    {
        if (Directory.Exists(ClusterDir)) Directory.Delete(ClusterDir, recursive: true);
    }

    public static string ConnectionString(int port, string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = User, Database = database, Pooling = true, MaxPoolSize = 50 }.ConnectionString;

    public static async Task EnsureDatabaseAsync(int port, string database, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString(port, "postgres"));
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @d", conn);
        exists.Parameters.AddWithValue("d", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "", StringComparison.Ordinal)}\" encoding 'UTF8' template template0", conn);
        try { await create.ExecuteNonQueryAsync(ct); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }

    private void Init(string bin)
    {
        var args = new List<string> { "-D", DataDir, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8" };
        if (ephemeral) args.Add("--no-sync");
        var (code, output) = ProcessRunner.Run(Path.Combine(bin, "initdb"), [.. args]);
        if (code != 0) throw new LocalPostgresException($"initdb failed / initdb thất bại: {output.Trim()}");
    }

    private int? RememberedPort() =>
        File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
