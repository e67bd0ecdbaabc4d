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
    public async Task A_database_that_cannot_be_reached_is_a_bilingual_message_and_exit_1_without_a_stack_trace()
    {
        var result = await ThiDuaProcess.RunAsync("ranking", "--campaign", "LS2021", "--database", Nowhere);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Lỗi cơ sở dữ liệu / database error").And.NotContain("Unhandled exception").And.NotContain("   at ");
    }
}
