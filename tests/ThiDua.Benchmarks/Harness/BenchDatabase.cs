using Npgsql;
using ThiDua.EventStore.LocalServer;
using ThiDua.Hosting;

namespace ThiDua.Benchmarks.Harness;

/// <summary>A private PostgreSQL for the benchmark run (durable settings, as in production) and fresh databases on it.</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly LocalPostgres _server;
    private readonly string _home;

    public BenchDatabase()
    {
        _home = Path.Combine(Path.GetTempPath(), "thidua-bench-" + Guid.NewGuid().ToString("N")[..8]);
        _server = new LocalPostgres(_home, ephemeral: false, clusterDir: Path.Combine(_home, "cluster"));
        Port = _server.Start();
    }

    public int Port { get; }

    public async Task<string> CreateAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..20];
        await _server.EnsureDatabaseAsync(name);
        var connection = _server.ConnectionString(name);
        await using var runtime = await ThiDuaRuntime.OpenAsync(connection);
        return connection;
    }

    public static async Task ExecAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _server.Stop();
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
