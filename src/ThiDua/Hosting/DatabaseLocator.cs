using Npgsql;
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
    public const string ReadEnvironmentVariable = "THIDUA_READ_DATABASE";

    /// <param name="created">Told, with <see cref="NewDatabaseNotice"/>'s line, when the local database had to be created
    /// brand-new and empty: a changed or mistyped THIDUA_HOME would otherwise silently answer from an empty database.</param>
    public static async Task<string> ResolveAsync(string? database, CancellationToken ct = default, Action<string>? created = null)
    {
        if (!string.IsNullOrWhiteSpace(database)) return Checked(database, "--database");
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Checked(fromEnvironment, EnvironmentVariable);
        var local = new LocalPostgres(LocalPostgres.DefaultHome);
        Described = $"cơ sở dữ liệu cục bộ / the local database, THIDUA_HOME={local.Home}";
        local.Start();
        var newDatabase = await local.EnsureDatabaseAsync(LocalDatabaseName, ct);
        if (local.Created || newDatabase) created?.Invoke(NewDatabaseNotice(local));
        return local.ConnectionString(LocalDatabaseName);
    }

    /// <summary>The one line a command prints (on stderr) when it had to create the local database.</summary>
    public static string NewDatabaseNotice(LocalPostgres local)
    {
        ArgumentNullException.ThrowIfNull(local);
        return $"Đã tạo cơ sở dữ liệu mới, trống tại {local.DataDir} (THIDUA_HOME={local.Home}); dữ liệu cũ ở THIDUA_HOME khác? / "
            + $"created a new, empty database at {local.DataDir} for THIDUA_HOME={local.Home}; is your data under another THIDUA_HOME?";
    }

    /// <summary>Whether <see cref="ResolveAsync"/> gives the embedded local cluster (no <c>--database</c>, no THIDUA_DATABASE).</summary>
    public static bool IsLocal(string? database) =>
        string.IsNullOrWhiteSpace(database) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The hot standby pages and GET APIs read from (<c>serve --read-database</c>, else <c>THIDUA_READ_DATABASE</c>); null = none.</summary>
    public static string? ResolveRead(string? readDatabase)
    {
        if (!string.IsNullOrWhiteSpace(readDatabase)) return Checked(readDatabase, "--read-database");
        var fromEnvironment = Environment.GetEnvironmentVariable(ReadEnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : Checked(fromEnvironment, ReadEnvironmentVariable);
    }

    /// <summary>
    /// Where the database <see cref="ResolveAsync"/> last gave is, for an error message ("Host=db1, Port=5432,
    /// Database=thidua, Username=thidua — --database"): never the password. Null before it ran.
    /// </summary>
    public static string? Described { get; private set; }

    /// <summary>A database's address for a message or a log line — never its password.</summary>
    public static string Address(NpgsqlConnectionStringBuilder c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return $"Host={c.Host}, Port={c.Port}, Database={c.Database ?? c.Username}, Username={c.Username}";
    }

    // A malformed setting is the user's to fix before anything runs; the string itself is not repeated (it may hold a password).
    private static string Checked(string connection, string source)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connection);
            if (source != ReadEnvironmentVariable && source != "--read-database")
                Described = $"{Address(parsed)} — {source}";
            return connection;
        }
        catch (ArgumentException e)
        {
            throw new DatabaseSettingException(
                $"{source} không phải chuỗi kết nối Npgsql / is not an Npgsql connection string: {e.Message} "
                + "Ví dụ / e.g. Host=127.0.0.1;Port=5432;Database=thidua;Username=thidua;Password=…");
        }
    }
}
