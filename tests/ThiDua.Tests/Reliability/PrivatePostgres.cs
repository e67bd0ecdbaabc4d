using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// A PostgreSQL of the test's own (temporary home and cluster), so stopping and restarting it disturbs no other test.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    // Not CreateTempSubdirectory: its mode 700 would keep the postgres user (the server's, when we are root) out.
    private readonly string _home = Path.Combine(Path.GetTempPath(), "thidua-private-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LocalPostgres _server;

    public PrivatePostgres()
    {
        _server = new LocalPostgres(_home, ephemeral: true, clusterDir: Path.Combine(_home, "cluster"));
        Port = _server.Start();
    }

    public int Port { get; private set; }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await _server.EnsureDatabaseAsync(name);
        return _server.ConnectionString(name);
    }

    /// <summary><c>pg_ctl stop -m fast</c>: sessions are cut off, open transactions rolled back.</summary>
    public void Stop() => _server.Stop();

    /// <summary>Starts it again; returns the socket's port number (always the same one, so clients come back).</summary>
    public int Start() => Port = _server.Start();

    public void Dispose()
    {
        _server.Stop(immediate: true);
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
