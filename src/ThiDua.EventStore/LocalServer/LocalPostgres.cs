using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ThiDua.EventStore.LocalServer;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries. It listens on no TCP port: only on a Unix socket
/// in a directory of its own (mode 700), and lets in only the operating-system user that runs ThiDua (peer
/// authentication, see <see cref="ClusterAccess"/>). Its socket's name never changes, so clients holding a connection
/// string (a running <c>thidua serve</c>, its scheduler) find it again after any restart, and no other process can
/// take its place. As root the data directory lives under /var/lib/thidua (the postgres user cannot enter /root).
/// </summary>
public sealed class LocalPostgres(string home, bool ephemeral = false, string? clusterDir = null)
{
    public const string User = "thidua";

    /// <summary>The number in the socket's name (<c>.s.PGSQL.5432</c>): private to the socket directory, so always free.</summary>
    public const int SocketPort = 5432;

    // The kernel's limit on a socket path (sun_path, 108 bytes with its terminating zero).
    private const int MaxSocketPath = 107;

    // Without a trailing separator: "/srv/thidua/" and "/srv/thidua" are one home, so one cluster (its folder is hashed from this).
    public string Home { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(home));

    public string ClusterDir => clusterDir ?? (ProcessRunner.IsRoot
        ? Path.Combine("/var/lib/thidua", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Home)))[..16].ToLowerInvariant())
        : Path.Combine(Home, "postgres"));

    public string DataDir => Path.Combine(ClusterDir, "data");

    /// <summary>What the server says while it starts (pg_ctl's <c>-l</c>); once running it writes to <see cref="LogDir"/>.</summary>
    public string LogFile => Path.Combine(ClusterDir, "server.log");

    /// <summary>
    /// The running server's log: one file a weekday (<c>postgresql-Mon.log</c> …), each emptied when its day comes round
    /// again, so a server up for months keeps the last week. Into <see cref="LogFile"/> alone (opened for appending, never
    /// rotated) it wrote a checkpoint every 5 minutes and every failed statement for as long as it ran.
    /// </summary>
    public string LogDir => Path.Combine(ClusterDir, "log");

    /// <summary>The only way in: the server's Unix socket lives here (mode 700, the server's user only).</summary>
    public string SocketDir => Path.Combine(ClusterDir, "socket");

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
        // postmaster.pid: pid, data dir, start time, port, socket directory, listen address, …
        var lines = File.ReadAllLines(pidFile);
        int? port = lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new LocalPostgresStatus(true, port, DataDir, lines.Length > 4 ? lines[4].Trim() : null, lines.Length > 5 ? lines[5].Trim() : null);
    }

    /// <summary>
    /// Starts the cluster (initialising it the first time) or reuses the running one; returns the socket's port number.
    /// A cluster made by an older ThiDua (trust authentication on 127.0.0.1) is upgraded in place: its access rules are
    /// rewritten and, when it is running, it is restarted on the private socket.
    /// </summary>
    public int Start()
    {
        var bin = PostgresBinaries.Find() ?? throw new LocalPostgresException(PostgresBinaries.InstallHint);
        CheckSocketPath();
        try
        {
            Directory.CreateDirectory(ClusterDir);
            Directory.CreateDirectory(SocketDir);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new LocalPostgresException(CannotCreate(ClusterDir, Home, e), e);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(SocketDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION")))
        {
            Init(bin);
            Created = true;
        }
        var access = new ClusterAccess(DataDir, User);
        var rulesChanged = access.Write();
        ProcessRunner.Chown(ClusterDir);
        var status = Status();
        if (status.Running)
        {
            var onPrivateSocket = status.SocketDir == SocketDir && string.IsNullOrEmpty(status.ListenAddress);
            if (onPrivateSocket && status.Port == SocketPort)
            {
                if (rulesChanged) ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "reload", "-D", DataDir);
                return SocketPort;
            }
            // Started by an older ThiDua on TCP: listen settings change only with a restart.
            ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "stop", "-D", DataDir, "-m", "fast", "-w");
        }
        var options = $"-p {SocketPort} -c listen_addresses='' -c unix_socket_directories='{SocketDir}' -c unix_socket_permissions=0700 -c max_connections=300"
            + $" -c logging_collector=on -c log_directory='{LogDir}' -c log_filename='postgresql-%a.log' -c log_truncate_on_rotation=on -c log_rotation_age=1d"
            + (ephemeral ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
        var (code, output) = ProcessRunner.Run(Path.Combine(bin, "pg_ctl"), "start", "-D", DataDir, "-l", LogFile, "-w", "-t", "60", "-o", options);
        if (code != 0)
            throw new LocalPostgresException($"PostgreSQL did not start / PostgreSQL không khởi động được: {output.Trim()} (log: {LogFile}; once started, the server logs to {LogDir})");
        return SocketPort;
    }

    /// <summary>
    /// The cluster's folder cannot be made (THIDUA_HOME read-only, not the user's, or a file in its path): what, where
    /// and how to fix it, in both languages — not the system's bare "Access to the path … is denied".
    /// </summary>
    public static string CannotCreate(string folder, string home, Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (vi, en) = FolderProblem.Cause(e);
        return $"Không tạo được thư mục cơ sở dữ liệu cục bộ {folder} ({vi}; THIDUA_HOME={home}). Đặt THIDUA_HOME là thư mục bạn ghi được "
            + "(ví dụ export THIDUA_HOME=$HOME/.local/share/thidua) hoặc dùng --database / THIDUA_DATABASE. / "
            + $"Cannot create the local database folder {folder} ({en}; THIDUA_HOME={home}). Set THIDUA_HOME to a folder you can write "
            + "(e.g. export THIDUA_HOME=$HOME/.local/share/thidua) or use --database / THIDUA_DATABASE.";
    }

    /// <summary>Whether <see cref="Start"/> had to initialise a brand-new, empty cluster (none was under this home yet).</summary>
    public bool Created { get; private set; }

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

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = SocketDir, Port = SocketPort, Username = User, Database = database, Pooling = true, MaxPoolSize = 50 }.ConnectionString;

    /// <summary>What an operator types to open the database by hand (as the same operating-system user).</summary>
    public string MaintenanceCommand(string database) =>
        $"psql -h '{SocketDir}' -p {SocketPort} -U {User} -d {database}";

    /// <summary>Creates <paramref name="database"/> if missing; returns whether it did (a new, empty database).</summary>
    public async Task<bool> EnsureDatabaseAsync(string database, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @d", conn);
        exists.Parameters.AddWithValue("d", database);
        if (await exists.ExecuteScalarAsync(ct) is not null) return false;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "", StringComparison.Ordinal)}\" encoding 'UTF8' template template0", conn);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            return false; // another command created it a moment ago
        }
    }

    private void Init(string bin)
    {
        // No trust anywhere, even for the moment before ClusterAccess writes the real rules.
        var args = new List<string> { "-D", DataDir, "-U", User, "--auth-local=peer", "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8" };
        if (ephemeral) args.Add("--no-sync");
        ProcessRunner.Chown(ClusterDir);
        var (code, output) = ProcessRunner.Run(Path.Combine(bin, "initdb"), [.. args]);
        if (code != 0) throw new LocalPostgresException($"initdb failed / initdb thất bại: {output.Trim()}");
    }

    private void CheckSocketPath()
    {
        if (SocketDir.Contains('\'', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(Path.Combine(SocketDir, $".s.PGSQL.{SocketPort}")) > MaxSocketPath)
            throw new LocalPostgresException(
                $"Đường dẫn THIDUA_HOME quá dài hoặc chứa dấu ' ({ClusterDir}); hãy chọn thư mục ngắn hơn / THIDUA_HOME is too long or contains a quote " +
                $"for the cluster's socket (at most {MaxSocketPath} bytes): choose a shorter folder.");
    }
}
