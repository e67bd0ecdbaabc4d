using System.Diagnostics;
using Npgsql;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Cli.Database;

/// <summary>
/// The machine's PostgreSQL client programs (pg_dump, pg_restore, psql), pointed at the database a connection string
/// names through libpq's PG* variables: no password on a command line, where <c>ps</c> would show it.
/// </summary>
internal static class PgClient
{
    /// <summary>Of the local cluster's version where it can be found (<see cref="PostgresBinaries.FindClient"/>).</summary>
    public static string Find(string tool) =>
        PostgresBinaries.FindClient(tool)
            ?? throw new LocalPostgresException(
                $"Không tìm thấy lệnh {tool} của PostgreSQL. Cài đặt: `sudo apt-get install -y postgresql-client` (cùng phiên bản với máy chủ hoặc mới hơn). / "
                + $"PostgreSQL's {tool} was not found. Install it: `sudo apt-get install -y postgresql-client` (the server's version or newer).");

    /// <summary><c>TOOL ARGS</c> with both outputs (and, if asked, the input) redirected, connected to <paramref name="database"/>.</summary>
    public static ProcessStartInfo StartInfo(string tool, NpgsqlConnectionStringBuilder database, bool input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(database);
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input,
            UseShellExecute = false,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        var env = start.Environment;
        env["LC_MESSAGES"] = "C";
        if (database.Host is { Length: > 0 } host) env["PGHOST"] = host;
        env["PGPORT"] = database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (database.Username is { Length: > 0 } user) env["PGUSER"] = user;
        if (database.Database is { Length: > 0 } name) env["PGDATABASE"] = name;
        if (database.Password is { Length: > 0 } password) env["PGPASSWORD"] = password;
        env["PGSSLMODE"] = database.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        env["PGAPPNAME"] = "thidua db " + tool;
        return start;
    }

    /// <summary>The last lines a tool wrote on stderr: its reason, without pages of context.</summary>
    public static string Reason(string stderr) =>
        string.Join(" ", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
