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

    [Fact]
    public async Task List_writes_the_creation_time_in_Vietnam_time_and_names_the_zone()
    {
        var before = DateTimeOffset.UtcNow;
        (await Run("users", "add", "gio.viet.nam", "--role", "viewer")).ExitCode.Should().Be(0);

        var list = await Run("users", "list");

        list.StdoutLines[0].Should().Contain("giờ Việt Nam, UTC+07:00").And.StartWith("tên đăng nhập").And.Contain("vai trò");
        var line = list.StdoutLines.Single(l => l.StartsWith("gio.viet.nam", StringComparison.Ordinal));
        var vietnam = before.ToOffset(TimeSpan.FromHours(7));
        // The minute may tick over between the clock read here and the insert: either minute is right, UTC is not.
        line.Should().ContainAny(vietnam.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            vietnam.AddMinutes(1).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
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
    public async Task The_password_comes_from_standard_input_or_THIDUA_PASSWORD_so_ps_never_shows_it()
    {
        var fromStdin = await ThiDuaProcess.RunAsync(["users", "add", "tu-stdin", "--role", "viewer", "--password-stdin", "--database", db.ConnectionString],
            stdin: "mat-khau-tu-stdin\n");
        var fromEnvironment = await ThiDuaProcess.RunAsync(["users", "add", "tu-bien", "--role", "viewer", "--database", db.ConnectionString],
            new Dictionary<string, string?> { ["THIDUA_PASSWORD"] = "mat-khau-tu-bien" });
        var emptyStdin = await ThiDuaProcess.RunAsync(["users", "add", "rong", "--role", "viewer", "--password-stdin", "--database", db.ConnectionString], stdin: "");

        fromStdin.ExitCode.Should().Be(0, fromStdin.ToString());
        fromEnvironment.ExitCode.Should().Be(0, fromEnvironment.ToString());
        var store = new UserStore(db.DataSource, TimeProvider.System);
        (await store.VerifyPasswordAsync("tu-stdin", "mat-khau-tu-stdin")).Should().NotBeNull();
        (await store.VerifyPasswordAsync("tu-bien", "mat-khau-tu-bien")).Should().NotBeNull();
        emptyStdin.ExitCode.Should().Be(1, emptyStdin.ToString());
        (await store.FindAsync("rong")).Should().BeNull();
    }

    [Fact]
    public async Task Control_characters_in_an_echoed_value_reach_the_terminal_escaped()
    {
        var name = await Run("users", "add", "x\u001b[2Jy", "--role", "viewer");
        var campaign = await Run("ranking", "--campaign", "KHONG\u001b[2J\u202e");

        foreach (var result in new[] { name, campaign })
        {
            result.ExitCode.Should().NotBe(0, result.ToString());
            (result.Stdout + result.Stderr).Should().NotContain("\u001b").And.NotContain("\u202e");
        }
        name.Stderr.Should().Contain("\\x1b[2J");
        campaign.Stderr.Should().Contain("KHONG\\x1b[2J\\u202e");
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
