using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web.Replicas;

/// <summary>
/// <c>thidua serve --read-database</c> naming a standby that cannot be used (here an unknown host; a wrong password
/// reads the same): the node serves from the primary, and its one warning names the standby — never its password —
/// and what to check, since such a standby never comes back by itself (found by a fault run: the line said only
/// "Read replica unreachable (Name or service not known)").
/// </summary>
public sealed class ReadDatabaseMisconfiguredTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task The_warning_names_the_standby_and_the_setting_to_check()
    {
        await using var serve = await ServeProcess.StartAsync(db.ConnectionString,
            "--read-database", "Host=thidua-standby.invalid;Port=5433;Database=thidua;Username=reader;Password=secret-pw;Timeout=3");

        await Eventually.WaitUntilAsync(() => Task.FromResult(serve.Output.Contains("Read replica unreachable", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60), "the warning about the standby");
        var line = serve.Output.Split('\n').Single(l => l.Contains("Read replica unreachable", StringComparison.Ordinal));
        line.Should().Contain("Host=thidua-standby.invalid, Port=5433, Database=thidua, Username=reader")
            .And.Contain("check --read-database / THIDUA_READ_DATABASE").And.NotContain("secret-pw");
    }
}
