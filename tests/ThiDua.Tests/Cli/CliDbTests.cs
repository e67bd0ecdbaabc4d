using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua db start|status|stop</c> against a fresh THIDUA_HOME; the cluster is stopped and deleted whatever happens.</summary>
public sealed class CliDbTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("thidua-cli-home-").FullName;

    private Dictionary<string, string?> Environment => new() { ["THIDUA_HOME"] = _home };

    [Fact]
    public async Task Db_start_status_and_stop_run_the_local_cluster_under_THIDUA_HOME()
    {
        var before = await ThiDuaProcess.RunAsync(["db", "status"], Environment);
        before.ExitCode.Should().Be(0, before.ToString());
        before.Stdout.Should().StartWith("stopped");

        var start = await ThiDuaProcess.RunAsync(["db", "start"], Environment);
        start.ExitCode.Should().Be(0, start.ToString());
        start.Stdout.Should().Contain("running").And.Contain("Database=thidua");

        var running = await ThiDuaProcess.RunAsync(["db", "status"], Environment);
        running.Stdout.Should().StartWith("running socket ").And.Contain("psql -h ");

        var stop = await ThiDuaProcess.RunAsync(["db", "stop"], Environment);
        stop.ExitCode.Should().Be(0, stop.ToString());
        stop.Stdout.Should().Contain("stopped");

        var after = await ThiDuaProcess.RunAsync(["db", "status"], Environment);
        after.Stdout.Should().StartWith("stopped");
    }

    [Fact]
    public async Task Db_start_on_a_running_cluster_labels_its_connection_string()
    {
        (await ThiDuaProcess.RunAsync(["db", "start"], Environment)).ExitCode.Should().Be(0);

        var again = await ThiDuaProcess.RunAsync(["db", "start"], Environment);

        again.ExitCode.Should().Be(0, again.ToString());
        again.StdoutLines.Should().Contain(l => l.StartsWith("Chuỗi kết nối / connection string: ", StringComparison.Ordinal) && l.Contains("Database=thidua", StringComparison.Ordinal));
        again.StdoutLines.Should().OnlyContain(l => l.Contains(" / ", StringComparison.Ordinal), "every line says what it is, in both languages:\n" + again.Stdout);
    }

    public void Dispose()
    {
        var server = new LocalPostgres(_home);
        try
        {
            server.Stop(immediate: true);
        }
        finally
        {
            server.Destroy();
            if (Directory.Exists(_home)) Directory.Delete(_home, recursive: true);
        }
    }
}
