using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.Cli;

/// <summary>
/// A changed or mistyped THIDUA_HOME must not silently answer from a brand-new, empty database: the command that had to
/// create it says so on stderr (once), and the unknown-campaign hint names a way to list campaigns, not an API route.
/// </summary>
public sealed class CliNewLocalDatabaseTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("thidua-cli-newhome-").FullName;

    private Dictionary<string, string?> Environment => new() { ["THIDUA_HOME"] = _home };

    [Fact]
    public async Task A_query_under_a_new_THIDUA_HOME_says_it_created_a_new_empty_database_and_where()
    {
        var first = await ThiDuaProcess.RunAsync(["ranking", "--campaign", "BK2022"], Environment);

        first.ExitCode.Should().Be(1, first.ToString());
        var cluster = new LocalPostgres(_home);
        first.Stderr.Should().Contain($"Đã tạo cơ sở dữ liệu mới, trống tại {cluster.DataDir} (THIDUA_HOME={_home}); dữ liệu cũ ở THIDUA_HOME khác?")
            .And.Contain($"created a new, empty database at {cluster.DataDir} for THIDUA_HOME={_home}; is your data under another THIDUA_HOME?");
        first.Stderr.Should().Contain("campaign 'BK2022' does not exist").And.Contain("(/) của `thidua serve`")
            .And.NotContain("/api/campaigns", "there is no CLI listing; the web page's list is the way to see the campaigns");

        var second = await ThiDuaProcess.RunAsync(["ranking", "--campaign", "BK2022"], Environment);

        second.ExitCode.Should().Be(1, second.ToString());
        second.Stderr.Should().NotContain("Đã tạo cơ sở dữ liệu mới", "the database is there now");
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
