using System.Diagnostics;
using Npgsql;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Web.Replicas;

/// <summary>
/// A primary (<c>wal_level=replica</c>) and a hot standby made from it with <c>pg_basebackup -R</c>, streaming from it.
/// Both live in one private temp folder and listen only on Unix sockets in folders of their own (mode 700), so they
/// need no TCP port and let in only this user (and root); as root they run as <c>postgres</c>, as the product's
/// local cluster does (through the product's ProcessRunner). Disposing stops both and deletes the folder, whatever state the test left them in.
/// </summary>
public sealed class PrimaryAndStandby : IAsyncDisposable
{
    private const int Port = 5432; // private to each socket folder
    private const string User = "thidua";

    // Not CreateTempSubdirectory: its mode 700 would keep the postgres user (the servers', when we are root) out.
    private readonly string _home = Path.Combine(Path.GetTempPath(), "thidua-replica-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _bin = ServerBinaries();

    private PrimaryAndStandby(string database) => Database = database;

    public string Database { get; }

    public string PrimaryConnectionString => ConnectionString("ps", Database);

    public string StandbyConnectionString => ConnectionString("ss", Database);

    private string PrimaryData => Path.Combine(_home, "primary");

    private string StandbyData => Path.Combine(_home, "standby");

    public static async Task<PrimaryAndStandby> StartAsync(string database)
    {
        var pair = new PrimaryAndStandby(database);
        try
        {
            await pair.SetUpAsync();
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    private async Task SetUpAsync()
    {
        Directory.CreateDirectory(_home);
        foreach (var socket in new[] { "ps", "ss" })
        {
            Directory.CreateDirectory(Path.Combine(_home, socket));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(_home, socket), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        ProcessRunner.Chown(_home);
        // Trust on the private sockets only (their folders admit no one else); the default rules let the same user replicate.
        Run("initdb", "-D", PrimaryData, "-U", User, "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        StartServer(PrimaryData, "ps", "-c wal_level=replica -c max_wal_senders=4 -c synchronous_commit=off");
        await using (var conn = new NpgsqlConnection(ConnectionString("ps", "postgres")))
        {
            await conn.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{Database}\" encoding 'UTF8' template template0", conn);
            await create.ExecuteNonQueryAsync();
        }
        Run("pg_basebackup", "-D", StandbyData, "-h", Path.Combine(_home, "ps"), "-p", $"{Port}", "-U", User, "-R", "-X", "stream", "-c", "fast", "--no-sync");
        StartStandby();
    }

    /// <summary>Starts the standby (again): it resumes streaming from where it stopped.</summary>
    public void StartStandby() => StartServer(StandbyData, "ss", "-c hot_standby=on");

    /// <summary><c>pg_ctl stop -m fast</c>: its sessions are cut off, its socket disappears.</summary>
    public void StopStandby() => Run("pg_ctl", "stop", "-D", StandbyData, "-m", "fast", "-w");

    /// <summary>Holds the standby's replay (it keeps receiving WAL): it goes on answering, with the data of the moment it paused.</summary>
    public Task PauseReplayAsync() => OnStandbyAsync("select pg_wal_replay_pause()", "paused");

    public Task ResumeReplayAsync() => OnStandbyAsync("select pg_wal_replay_resume()", "not paused");

    private async Task OnStandbyAsync(string sql, string state)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("ss", "postgres"));
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand(sql, conn)) await cmd.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        await using var check = new NpgsqlCommand("select pg_get_wal_replay_pause_state()", conn);
        while ((string)(await check.ExecuteScalarAsync())! != state)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"standby replay not '{state}' within 30 s");
            await Task.Delay(50);
        }
    }

    private string ConnectionString(string socket, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Path.Combine(_home, socket), Port = Port, Username = User, Database = database, Pooling = true, MaxPoolSize = 20,
    }.ConnectionString;

    private void StartServer(string data, string socket, string settings) =>
        Run("pg_ctl", "start", "-D", data, "-l", data + ".log", "-w", "-t", "60", "-o",
            $"-p {Port} -c listen_addresses='' -c unix_socket_directories='{Path.Combine(_home, socket)}' -c unix_socket_permissions=0700 -c fsync=off {settings}");

    private void Run(string tool, params string[] args)
    {
        var (code, output) = ProcessRunner.Run(Path.Combine(_bin, tool), args);
        if (code != 0) throw new InvalidOperationException($"{tool} failed ({code}): {output}");
    }

    // The folder initdb really lives in: PATH may hold links to initdb and pg_ctl only, not to pg_basebackup.
    private static string ServerBinaries()
    {
        var found = PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.InstallHint);
        var initdb = new FileInfo(Path.Combine(found, "initdb"));
        return Path.GetDirectoryName(initdb.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb.FullName)!;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var data in new[] { StandbyData, PrimaryData })
            if (File.Exists(Path.Combine(data, "postmaster.pid"))) ProcessRunner.Run(Path.Combine(_bin, "pg_ctl"), "stop", "-D", data, "-m", "immediate", "-w");
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
