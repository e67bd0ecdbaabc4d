using ThiDua.Security;

namespace ThiDua.Tests.Security;

/// <summary>Passwords are stored as salted PBKDF2, tokens as SHA-256: never the plain text.</summary>
public class CredentialStorageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task Neither_passwords_nor_tokens_appear_in_plain_text_in_any_table()
    {
        var dump = await TableTextAsync("app_users") + await TableTextAsync("api_tokens");

        dump.Should().NotContain(TestUsers.Password);
        foreach (var token in new[] { web.ViewerToken, web.AnalystToken, web.AdminToken })
        {
            dump.Should().NotContain(token).And.NotContain(token[4..]);
            dump.Should().Contain(ApiTokens.Hash(token));
        }
        (await web.ScalarAsync("select count(*) from app_users where password_hash not like 'pbkdf2-sha512$210000$%'")).Should().Be(0);
        (await web.ScalarAsync("select count(*) from api_tokens where token_hash !~ '^[0-9a-f]{64}$'")).Should().Be(0);
    }

    [Fact]
    public async Task The_same_password_gets_a_different_salt_per_user()
    {
        (await web.ScalarAsync("select count(distinct password_hash) from app_users where name in ('viewer', 'analyst', 'admin')")).Should().Be(3);
    }

    [Fact]
    public void A_password_hash_verifies_only_its_own_password()
    {
        var hash = PasswordHashing.Hash("đúng-mật-khẩu");

        PasswordHashing.Verify("đúng-mật-khẩu", hash).Should().BeTrue();
        PasswordHashing.Verify("sai-mật-khẩu", hash).Should().BeFalse();
        PasswordHashing.Verify("đúng-mật-khẩu", "pbkdf2-sha512$1$AAAA$not-base64!").Should().BeFalse();
        PasswordHashing.Verify("đúng-mật-khẩu", null).Should().BeFalse();
    }

    [Fact]
    public void Tokens_are_32_random_bytes_and_differ_each_time()
    {
        var a = ApiTokens.New();
        var b = ApiTokens.New();

        a.Should().StartWith("tdk_").And.NotBe(b);
        Convert.FromBase64String(a[4..].Replace('-', '+').Replace('_', '/') + "=").Should().HaveCount(32);
    }

    private async Task<string> TableTextAsync(string table)
    {
        await using var cmd = web.DataSource.CreateCommand($"select coalesce(string_agg(t::text, E'\\n'), '') from {table} t");
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
