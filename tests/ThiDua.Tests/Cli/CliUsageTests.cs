namespace ThiDua.Tests.Cli;

/// <summary>Usage errors end with exit code 2 before anything touches a database.</summary>
public sealed class CliUsageTests
{
    // Points nowhere: if a command got past the usage check it would fail fast, not start a local cluster.
    private const string Nowhere = "Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2";

    public static TheoryData<string, string[]> UsageErrors => new()
    {
        { "unknown kind", ["import", "teachers", "x.csv", "--database", Nowhere] },
        { "bad culture", ["import", "units", "x.csv", "--culture", "fr", "--database", Nowhere] },
        { "missing campaign", ["ranking", "--format", "csv", "--database", Nowhere] },
        { "bad period", ["attainment", "--campaign", "LS2021", "--period", "2021-13", "--database", Nowhere] },
        { "bad format", ["awards", "--campaign", "LS2021", "--format", "xml", "--database", Nowhere] },
        { "csv for an import's summary", ["import", "units", "x.csv", "--format", "csv", "--database", Nowhere] },
        { "bad as-of", ["ranking", "--campaign", "LS2021", "--as-of", "hôm qua", "--database", Nowhere] },
        { "as-of not in ISO 8601", ["ranking", "--campaign", "LS2021", "--as-of", "05/07/2030", "--database", Nowhere] },
        { "unknown role", ["users", "add", "lan", "--role", "superuser", "--database", Nowhere] },
        { "unknown verb", ["rank", "--campaign", "LS2021", "--database", Nowhere] },
        { "periods without a month", ["periods", "close", "--campaign", "LS2021", "--database", Nowhere] },
        { "periods with a bad month", ["periods", "reopen", "--campaign", "LS2021", "--month", "06/21", "--reason", "x", "--database", Nowhere] },
        { "periods with an unknown verb", ["periods", "lock", "--campaign", "LS2021", "--month", "2021-06", "--database", Nowhere] },
        { "not a connection string", ["ranking", "--campaign", "LS2021", "--database", "Hots=127.0.0.1"] },
        { "a read database that is not a connection string", ["serve", "--read-database", "Hots=127.0.0.1", "--database", Nowhere] },
        { "--urls without a scheme", ["serve", "--urls", "127.0.0.1:5080", "--database", Nowhere] },
        { "--urls with a path", ["serve", "--urls", "http://127.0.0.1:5080/thidua", "--database", Nowhere] },
        { "--urls of another scheme", ["serve", "--urls", "ftp://127.0.0.1:5080", "--database", Nowhere] },
        { "demo --urls that is not a URL", ["demo", "--no-serve", "--urls", "htp//x", "--database", Nowhere] },
        { "history without a unit", ["history", "--format", "csv", "--database", Nowhere] },
        { "history with a bad format", ["history", "--unit", "BK-CNTT", "--format", "xml", "--database", Nowhere] },
        { "history xlsx without --out", ["history", "--unit", "BK-CNTT", "--format", "xlsx", "--database", Nowhere] },
        { "history of a campaign", ["history", "--unit", "BK-CNTT", "--campaign", "BK2022", "--database", Nowhere] },
        { "history with a bad as-of", ["history", "--unit", "BK-CNTT", "--as-of", "hôm qua", "--database", Nowhere] },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task A_usage_error_exits_with_code_2_and_says_so(string name, string[] args)
    {
        var result = await ThiDuaProcess.RunAsync(args);

        result.ExitCode.Should().Be(2, "{0}: {1}", name, result);
        result.Stderr.Should().Contain("usage error");
    }

    [Fact]
    public async Task An_urls_that_is_not_a_URL_is_said_in_both_languages_with_an_example_before_the_host_starts()
    {
        var result = await ThiDuaProcess.RunAsync("serve", "--urls", "127.0.0.1:5080", "--database", Nowhere);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--urls phải là địa chỉ http:// hoặc https://").And.Contain("--urls must be an http:// or https:// address")
            .And.Contain("--urls http://127.0.0.1:5080").And.Contain("'127.0.0.1:5080'");
        (result.Stdout + result.Stderr).Should().NotContain("Hosting failed to start").And.NotContain("   at ").And.NotContain("FormatException");
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_a_bilingual_message_and_exit_1_without_a_stack_trace()
    {
        var result = await ThiDuaProcess.RunAsync("ranking", "--campaign", "LS2021", "--database", Nowhere + ";Password=secret-pw");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Lỗi cơ sở dữ liệu / database error").And.NotContain("Unhandled exception").And.NotContain("   at ");
        // Where, why and what to do, in both languages — never the password.
        result.Stderr.Should().Contain("Host=127.0.0.1, Port=1, Database=nowhere").And.Contain("--database")
            .And.Contain("PostgreSQL không chạy ở địa chỉ này").And.Contain("PostgreSQL is not running at that address (connection refused)")
            .And.Contain("Start PostgreSQL, or fix Host/Port").And.NotContain("secret-pw");
    }

    [Fact]
    public async Task An_unknown_database_host_is_named_with_the_fix()
    {
        var result = await ThiDuaProcess.RunAsync("ranking", "--campaign", "LS2021", "--database", "Host=thidua-db.invalid;Port=5432;Database=thidua;Timeout=5");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Host=thidua-db.invalid, Port=5432").And.Contain("không tìm thấy tên máy chủ").And.Contain("unknown host name")
            .And.Contain("Fix Host= in --database or THIDUA_DATABASE").And.NotContain("   at ");
    }
}
