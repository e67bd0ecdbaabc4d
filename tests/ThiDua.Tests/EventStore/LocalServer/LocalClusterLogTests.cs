using Npgsql;
using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.EventStore.LocalServer;

/// <summary>
/// The embedded cluster runs for months under <c>thidua serve</c>. What it logs — a checkpoint every 5 minutes while the
/// scheduler writes, every failed statement — must not pile up for as long as it runs: it goes to one file a weekday in
/// the cluster's <c>log</c> folder, each emptied when its day comes round again, not into <c>server.log</c>, which pg_ctl
/// opens for appending and nothing ever rotates.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalClusterLogTests : IDisposable
{
    // Under /tmp, which the postgres user can reach when the tests run as root.
    private readonly string _home = Path.Combine(Path.GetTempPath(), "thidua-log-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LocalPostgres _server;

    public LocalClusterLogTests() => _server = new LocalPostgres(_home, ephemeral: true, clusterDir: Path.Combine(_home, "cluster"));

    [Fact]
    public async Task A_failed_statement_is_logged_in_the_weekdays_file_that_is_overwritten_a_week_later_not_appended_to_server_log()
    {
        _server.Start();
        await _server.EnsureDatabaseAsync("logs");
        await using var conn = new NpgsqlConnection(_server.ConnectionString("logs"));
        await conn.OpenAsync();

        var failing = async () => { await using var cmd = new NpgsqlCommand("select * from thidua_log_probe_missing_table", conn); await cmd.ExecuteNonQueryAsync(); };
        await failing.Should().ThrowAsync<PostgresException>();

        (await Setting(conn, "logging_collector")).Should().Be("on");
        (await Setting(conn, "log_directory")).Should().Be(_server.LogDir, "the logs stay in the cluster's folder and go with it");
        (await Setting(conn, "log_filename")).Should().Be("postgresql-%a.log", "one file a weekday: seven at most");
        (await Setting(conn, "log_truncate_on_rotation")).Should().Be("on", "a weekday's file is emptied when its day comes round again");
        (await Setting(conn, "log_rotation_age")).Should().Be("1d");
        var logged = await FileWithAsync("thidua_log_probe_missing_table");
        Path.GetFileName(logged).Should().MatchRegex("^postgresql-[A-Z][a-z]{2}\\.log$", "the running server logs to the weekday's file");
        File.ReadAllText(_server.LogFile).Should().NotContain("thidua_log_probe_missing_table", "server.log is never rotated: it keeps only what the start said");
    }

    private static async Task<string> Setting(NpgsqlConnection conn, string name)
    {
        await using var cmd = new NpgsqlCommand($"show {name}", conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    // The collector writes the line a moment after the statement failed: the log file that holds it, once one does.
    private async Task<string> FileWithAsync(string text)
    {
        for (var i = 0; i < 100; i++)
        {
            var file = Directory.Exists(_server.LogDir)
                ? Directory.GetFiles(_server.LogDir).FirstOrDefault(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
                : null;
            if (file is not null) return file;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"no file in {_server.LogDir} holds '{text}'");
    }

    public void Dispose()
    {
        _server.Stop(immediate: true);
        try { Directory.Delete(_home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
