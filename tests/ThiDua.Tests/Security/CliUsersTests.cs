using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary><c>thidua users add|list|revoke</c> against a real database, as an operator would run them.</summary>
public class CliUsersTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Fact]
    public async Task Add_prints_the_token_last_list_shows_the_user_and_revoke_kills_the_token()
    {
        var add = await Run("users", "add", "Nguyen.Van.A", "--role", "analyst", "--password", "mat-khau-dai-du");

        add.ExitCode.Should().Be(0, add.ToString());
        var token = add.StdoutLines[^1];
        token.Should().StartWith(ApiTokens.Prefix);
        var store = new UserStore(db.DataSource, TimeProvider.System);
        (await store.FindByTokenAsync(token)).Should().Be(await store.FindAsync("nguyen.van.a"));
        (await store.VerifyPasswordAsync("nguyen.van.a", "mat-khau-dai-du")).Should().NotBeNull();

        var list = await Run("users", "list");
        list.ExitCode.Should().Be(0, list.ToString());
        list.StdoutLines.Should().Contain(l => l.StartsWith("nguyen.van.a", StringComparison.Ordinal) && l.Contains("analyst", StringComparison.Ordinal));
        list.Stdout.Should().NotContain(token);

        var revoke = await Run("users", "revoke", "nguyen.van.a");
        revoke.ExitCode.Should().Be(0, revoke.ToString());
        (await store.FindByTokenAsync(token)).Should().BeNull();
    }

    [Theory]
    [InlineData("users", "add", "x y", "--role", "viewer")]
    [InlineData("users", "add", "short-pw", "--role", "viewer", "--password", "123")]
    [InlineData("users", "revoke", "no-such-user")]
    public async Task A_rejected_user_command_exits_1_with_a_bilingual_message(params string[] args)
    {
        var result = await Run(args);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain(" / ");
    }

    [Fact]
    public async Task Adding_the_same_name_twice_is_rejected()
    {
        (await Run("users", "add", "twice", "--role", "viewer")).ExitCode.Should().Be(0);

        var again = await Run("users", "add", "TWICE", "--role", "admin");

        again.ExitCode.Should().Be(1);
        again.Stderr.Should().Contain("đã có").And.Contain("already exists");
    }
}
