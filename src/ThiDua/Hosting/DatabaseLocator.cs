using ThiDua.EventStore.LocalServer;

namespace ThiDua.Hosting;

/// <summary>
/// Where the data lives: <c>--database</c>, else <c>THIDUA_DATABASE</c>, else the local cluster
/// under <c>THIDUA_HOME</c>, started on demand (SPEC §5).
/// </summary>
public static class DatabaseLocator
{
    public const string EnvironmentVariable = "THIDUA_DATABASE";
    public const string LocalDatabaseName = "thidua";

    public static async Task<string> ResolveAsync(string? database, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(database)) return database;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        var local = new LocalPostgres(LocalPostgres.DefaultHome);
        var port = local.Start();
        await LocalPostgres.EnsureDatabaseAsync(port, LocalDatabaseName, ct);
        return LocalPostgres.ConnectionString(port, LocalDatabaseName);
    }
}
