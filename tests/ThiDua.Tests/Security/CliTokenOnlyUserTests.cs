using ThiDua.Cli.Users;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// <c>thidua users add</c> without any password (README's <c>THIDUA_PASSWORD="$PW"</c> with PW unset) makes a token-only
/// user, and now says so on stderr, in Vietnamese and English: it said only "added", and the user's sign-in then failed.
/// The token stays the last line of stdout.
/// </summary>
public class CliTokenOnlyUserTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_user_added_without_a_password_is_told_it_can_use_tokens_only()
    {
        var add = await ThiDuaProcess.RunAsync(["users", "add", "chi-ma-api", "--role", "viewer", "--database", db.ConnectionString],
            new Dictionary<string, string?> { ["THIDUA_PASSWORD"] = "" });

        add.ExitCode.Should().Be(0, add.ToString());
        add.StdoutLines[^1].Should().StartWith(ApiTokens.Prefix);
        add.Stderr.Should().Contain(UsersCommand.TokenOnlyNote);
        UsersCommand.TokenOnlyNote.Should().Contain("không đăng nhập trên trình duyệt được").And.Contain("not sign in in a browser");
        UsersCommand.TokenOnlyNote.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public async Task A_user_added_with_a_password_gets_no_such_note()
    {
        var add = await ThiDuaProcess.RunAsync(["users", "add", "co-mat-khau", "--role", "viewer", "--database", db.ConnectionString],
            new Dictionary<string, string?> { ["THIDUA_PASSWORD"] = "mat-khau-dai-du" });

        add.ExitCode.Should().Be(0, add.ToString());
        add.Stderr.Should().NotContain("API tokens only");
    }
}
