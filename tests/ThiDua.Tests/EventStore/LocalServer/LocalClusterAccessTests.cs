using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.EventStore.LocalServer;

/// <summary>
/// The embedded cluster lets in only the operating-system user running ThiDua, over its private socket: no trust, no TCP
/// port; a cluster made the old way (trust on 127.0.0.1) is upgraded in place on its next start.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalClusterAccessTests : IDisposable
{
    // Under /tmp, which the postgres user can reach when the tests run as root.
    private readonly string _home = Path.Combine(Path.GetTempPath(), "thidua-access-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LocalPostgres _server;

    public LocalClusterAccessTests() => _server = new LocalPostgres(_home, ephemeral: true, clusterDir: Path.Combine(_home, "cluster"));

    [Fact]
    public async Task A_new_cluster_trusts_no_one_listens_on_no_port_and_admits_only_its_owner_as_thidua()
    {
        _server.Start();
        await _server.EnsureDatabaseAsync("access");

        File.ReadAllText(Path.Combine(_server.DataDir, "pg_hba.conf")).Should().NotContain("trust").And.Contain("local all thidua peer map=thidua");
        File.GetUnixFileMode(_server.SocketDir).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _server.Status().ListenAddress.Should().BeEmpty("the cluster opens no TCP port");

        await using (var owner = new NpgsqlConnection(_server.ConnectionString("access")))
        {
            await owner.OpenAsync();
            await using var create = new NpgsqlCommand("create role other login superuser", owner);
            await create.ExecuteNonQueryAsync();
        }
        var asOther = new NpgsqlConnectionStringBuilder(_server.ConnectionString("access")) { Username = "other" }.ConnectionString;
        var refused = async () => { await using var c = new NpgsqlConnection(asOther); await c.OpenAsync(); };
        (await refused.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("28000", "only the database user thidua is in pg_hba.conf");

        if (Environment.UserName == "root")
        {
            // Another local account, with the same psql an intruder would use: the socket directory is closed to it.
            var (code, output) = Run("/usr/sbin/runuser", "-u", "nobody", "--", Psql(), "-h", _server.SocketDir, "-p", LocalPostgres.SocketPort.ToString(),
                "-U", LocalPostgres.User, "-d", "access", "-c", "select 1");
            code.Should().NotBe(0, output);
            output.Should().Contain("Permission denied");
        }
    }

    [Fact]
    public async Task A_cluster_made_with_trust_on_127_0_0_1_is_upgraded_in_place_on_its_next_start_and_keeps_its_data()
    {
        _server.Start();
        await _server.EnsureDatabaseAsync("kept");
        await using (var c = new NpgsqlConnection(_server.ConnectionString("kept")))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("create table t (v int); insert into t values (42)", c);
            await cmd.ExecuteNonQueryAsync();
        }
        _server.Stop();
        // What an older ThiDua left: initdb -A trust, running on 127.0.0.1 and a TCP port.
        File.WriteAllText(Path.Combine(_server.DataDir, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        var port = FreePort();
        var start = RunAsServer(Path.Combine(PostgresBinaries.Find()!, "pg_ctl"), "start", "-D", _server.DataDir, "-l", _server.LogFile, "-w",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
        start.Code.Should().Be(0, start.Output);
        _server.Status().ListenAddress.Should().Be("127.0.0.1");

        _server.Start();

        File.ReadAllText(Path.Combine(_server.DataDir, "pg_hba.conf")).Should().NotContain("trust");
        var status = _server.Status();
        status.Running.Should().BeTrue();
        status.ListenAddress.Should().BeEmpty();
        status.SocketDir.Should().Be(_server.SocketDir);
        var tcp = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = LocalPostgres.User, Database = "kept", Timeout = 3 }.ConnectionString;
        var overTcp = async () => { await using var c = new NpgsqlConnection(tcp); await c.OpenAsync(); };
        await overTcp.Should().ThrowAsync<NpgsqlException>("the old TCP port is closed");
        NpgsqlConnection.ClearAllPools(); // the pooled connections died with the two restarts
        await using var again = new NpgsqlConnection(_server.ConnectionString("kept"));
        await again.OpenAsync();
        await using var read = new NpgsqlCommand("select v from t", again);
        (await read.ExecuteScalarAsync()).Should().Be(42);
    }

    private static string Psql() => File.Exists("/usr/bin/psql") ? "/usr/bin/psql" : Path.Combine(PostgresBinaries.Find()!, "psql");

    private static (int Code, string Output) RunAsServer(string file, params string[] args) =>
        Environment.UserName == "root" ? Run("/usr/sbin/runuser", ["-u", "postgres", "--", file, .. args]) : Run(file, args);

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(2));
        return (p.ExitCode, (stdout.IsCompletedSuccessfully ? stdout.Result : "") + (stderr.IsCompletedSuccessfully ? stderr.Result : ""));
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _server.Stop(immediate: true);
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
