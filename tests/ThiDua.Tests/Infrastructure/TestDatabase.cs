using Npgsql;
using ThiDua.EventStore.Schema;

namespace ThiDua.Tests.Infrastructure;

/// <summary>A fresh database per test class on the shared test server, with every migration applied.</summary>
public class TestDatabase : IAsyncLifetime
{
    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var server = PostgresServer.Instance;
        await server.EnsureDatabaseAsync(Name);
        ConnectionString = server.ConnectionString(Name);
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await MigrationRunner.ApplyAsync(DataSource, Migrations());
    }

    protected virtual IEnumerable<Migration> Migrations() => EmbeddedMigrations.EventStore();

    public async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await DataSource.DisposeAsync();
}
