using System.Net;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// A year of an office's users, from the command line, against a running server with real sessions and tokens:
/// someone forgets their password (<c>users password</c>), is promoted or steps down (<c>users role</c>), loses a token
/// (<c>users token</c>). Before these verbs an admin could only add and revoke: a forgotten password, a revoked user
/// coming back or a role change had no way at all (the name was taken, and the only road was the database).
/// </summary>
public sealed class CliUserChangesTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    private Task<CliResult> Run(string? stdin, params string[] args) =>
        ThiDuaProcess.RunAsync([.. args, "--database", web.ConnectionString], null, stdin);

    private UserStore Store => new(web.DataSource, TimeProvider.System);

    [Fact]
    public async Task A_demoted_admin_loses_the_users_page_at_once_in_an_open_session_and_with_a_token()
    {
        await web.ChangeFeedListeningAsync();
        var token = (await Store.AddAsync("truong.phong", Role.Admin, TestUsers.Password)).Token;
        using var session = web.NewSession();
        (await session.SignInAsync("truong.phong", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var script = web.ClientWith(token);
        (await session.Client.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.OK);

        var role = await Run(null, "users", "role", "Truong.Phong", "--role", "viewer");

        role.ExitCode.Should().Be(0, role.ToString());
        role.Stdout.Should().Contain("truong.phong admin → viewer");
        await Eventually.WaitUntilAsync(async () => (await script.GetAsync("/api/users")).StatusCode == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(10), "the demoted user's token is refused the admin's API");
        (await session.Client.GetAsync("/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.Client.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await session.Client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the session itself goes on, as a viewer");
        (await Store.FindAsync("truong.phong"))!.Role.Should().Be(Role.Viewer);
    }

    [Fact]
    public async Task A_reset_password_ends_the_open_session_and_only_the_new_password_signs_in()
    {
        await web.ChangeFeedListeningAsync();
        var token = (await Store.AddAsync("quen.mat.khau", Role.Analyst, TestUsers.Password)).Token;
        using var before = web.NewSession();
        (await before.SignInAsync("quen.mat.khau", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await before.Client.GetAsync("/imports")).StatusCode.Should().Be(HttpStatusCode.OK);

        var reset = await Run("mat-khau-moi-2027\n", "users", "password", "quen.mat.khau", "--password-stdin");

        reset.ExitCode.Should().Be(0, reset.ToString());
        await Eventually.WaitUntilAsync(async () => (await before.Client.GetAsync("/imports")).StatusCode == HttpStatusCode.Redirect,
            TimeSpan.FromSeconds(10), "the session opened with the old password is sent to sign in");
        using (var old = web.NewSession())
            (await old.SignInAsync("quen.mat.khau", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using (var fresh = web.NewSession())
            (await fresh.SignInAsync("quen.mat.khau", "mat-khau-moi-2027")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var script = web.ClientWith(token);
        (await script.GetAsync("/api/campaigns")).StatusCode.Should().Be(HttpStatusCode.OK, "a password reset leaves the user's tokens alone");
    }

    [Fact]
    public async Task A_revoked_user_who_comes_back_gets_a_password_and_a_token_again_and_the_old_token_stays_dead()
    {
        var old = (await Store.AddAsync("tro.lai", Role.Viewer, TestUsers.Password)).Token;
        await Store.RevokeAsync("tro.lai");

        var password = await Run("mat-khau-tro-lai\n", "users", "password", "tro.lai", "--password-stdin");
        var token = await Run(null, "users", "token", "tro.lai");

        password.ExitCode.Should().Be(0, password.ToString());
        token.ExitCode.Should().Be(0, token.ToString());
        token.StdoutLines[^1].Should().StartWith(ApiTokens.Prefix);
        (await Store.FindByTokenAsync(token.StdoutLines[^1]))!.Name.Should().Be("tro.lai");
        (await Store.FindByTokenAsync(old)).Should().BeNull();
        using var session = web.NewSession();
        (await session.SignInAsync("tro.lai", "mat-khau-tro-lai")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Each_error_of_the_new_verbs_is_a_bilingual_failure_1_or_a_usage_error_2_and_changes_nothing()
    {
        await Store.AddAsync("giu.nguyen", Role.Analyst, TestUsers.Password);

        var shortPassword = await Run("ngan\n", "users", "password", "giu.nguyen", "--password-stdin");
        var noPassword = await Run(null, "users", "password", "giu.nguyen");
        var unknown = await Run(null, "users", "role", "khong.co.ai", "--role", "admin");
        var noToken = await Run(null, "users", "token", "khong.co.ai");
        var badRole = await Run(null, "users", "role", "giu.nguyen", "--role", "quan-tri");
        var both = await Run("x\n", "users", "password", "giu.nguyen", "--password", "mat-khau-dai", "--password-stdin");

        shortPassword.ExitCode.Should().Be(1, shortPassword.ToString());
        shortPassword.Stderr.Should().Contain("ít nhất 8 ký tự").And.Contain("at least 8 characters");
        noPassword.ExitCode.Should().Be(1, noPassword.ToString());
        noPassword.Stderr.Should().Contain("--password-stdin").And.Contain("THIDUA_PASSWORD").And.Contain("nothing was changed");
        foreach (var missing in new[] { unknown, noToken })
        {
            missing.ExitCode.Should().Be(1, missing.ToString());
            missing.Stderr.Should().Contain("Không có người dùng 'khong.co.ai'").And.Contain("thidua users list");
        }
        badRole.ExitCode.Should().Be(2, badRole.ToString());
        badRole.Stderr.Should().Contain("viewer, analyst hoặc admin").And.Contain("viewer, analyst or admin");
        both.ExitCode.Should().Be(2, both.ToString());
        (await Store.VerifyPasswordAsync("giu.nguyen", TestUsers.Password)).Should().NotBeNull();
        (await Store.FindAsync("giu.nguyen"))!.Role.Should().Be(Role.Analyst);
    }
}
