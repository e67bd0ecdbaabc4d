namespace ThiDua.Tests.Cli;

/// <summary>
/// A command line System.CommandLine cannot parse is explained as ThiDua's other errors are: Vietnamese, then English,
/// the command and the token named, and how to fix it (the verbs or options there are, "did you mean", the allowed
/// values, the usage line, <c>thidua VERB --help</c>). Still exit code 2, before anything touches a database.
/// </summary>
public sealed class CliUsageMessageTests
{
    // Points nowhere: if a command got past the usage check it would fail fast, not start a local cluster.
    private const string Nowhere = "Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2";

    // The library's own English sentences: none of them reaches the user as it was.
    private static readonly string[] LibraryWords =
        ["Unrecognized command or argument", "Required command was not provided", "is required", "Required argument missing", "expects a single argument"];

    [Fact]
    public async Task A_mistyped_verb_is_named_with_the_verb_meant_and_the_list_of_verbs()
    {
        var stderr = await UsageErrorAsync("importt", "units", "x.csv");

        stderr.Should().Contain("Lỗi cú pháp / usage error (thidua): 'importt' không phải là lệnh; có phải ý bạn là import?")
            .And.Contain("'importt' is not a command; did you mean import?")
            .And.Contain("Các lệnh: db, projections, import,").And.Contain("The commands: db, projections, import,")
            .And.Contain("thidua --help");
    }

    [Fact]
    public async Task A_mistyped_option_names_the_command_and_the_option_meant_once()
    {
        var stderr = await UsageErrorAsync("ranking", "--campain", "LS2021");

        stderr.Should().Contain("(thidua ranking): không có tùy chọn '--campain'; có phải ý bạn là --campaign?")
            .And.Contain("unknown option '--campain'; did you mean --campaign?")
            .And.Contain("Cách dùng / usage: thidua ranking --campaign CAMPAIGN [--period YYYY-MM]")
            .And.Contain("thidua ranking --help");
        stderr.Should().NotContain("'LS2021'", "the misspelt option's value is not a second mistake")
            .And.NotContain("thiếu tùy chọn bắt buộc", "the option meant is the one said to be missing: one mistake, said once");
    }

    [Fact]
    public async Task A_missing_required_option_is_named_with_what_it_holds_and_the_usage_line()
    {
        var stderr = await UsageErrorAsync("ranking");

        stderr.Should().Contain("(thidua ranking): thiếu tùy chọn bắt buộc --campaign (mã phong trào).")
            .And.Contain("missing the required option --campaign (campaign code).")
            .And.Contain("Cách dùng / usage: thidua ranking --campaign CAMPAIGN")
            .And.Contain("thidua ranking --help");
    }

    [Fact]
    public async Task Several_missing_options_are_one_message()
    {
        var stderr = await UsageErrorAsync("report", "monthly");

        stderr.Should().Contain("(thidua report monthly): thiếu các tùy chọn bắt buộc --campaign (mã phong trào), --month YYYY-MM và --out (thư mục ghi báo cáo).")
            .And.Contain("missing the required options --campaign (campaign code), --month YYYY-MM and --out (output folder).");
    }

    [Fact]
    public async Task A_missing_argument_is_named_with_what_it_is()
    {
        var stderr = await UsageErrorAsync("import", "measurements");

        stderr.Should().Contain("(thidua import): thiếu tham số FILE (tệp CSV hoặc Excel .xlsx).")
            .And.Contain("missing the argument FILE (CSV or .xlsx file).")
            .And.Contain("Cách dùng / usage: thidua import KIND FILE [--dry-run]")
            .And.Contain("thidua import --help");
    }

    [Fact]
    public async Task A_missing_kind_lists_the_kinds()
    {
        var stderr = await UsageErrorAsync("import");

        stderr.Should().Contain("thiếu các tham số KIND (loại tệp: units, campaigns,").And.Contain("registrations hoặc award_decisions) và FILE")
            .And.Contain("missing the arguments KIND (kind of file: units, campaigns,").And.Contain("registrations or award_decisions) and FILE");
    }

    [Fact]
    public async Task A_format_outside_the_allowed_ones_lists_them_and_points_to_the_verb_s_help()
    {
        var stderr = await UsageErrorAsync("ranking", "--campaign", "LS2021", "--format", "pdf");

        stderr.Should().Contain("(thidua ranking): --format phải là table, csv, json hoặc xlsx (nhận được 'pdf').")
            .And.Contain("  --format must be table, csv, json or xlsx (got 'pdf').")
            .And.Contain("thidua ranking --help");
    }

    [Fact]
    public async Task A_misspelt_format_gets_the_format_meant()
    {
        var stderr = await UsageErrorAsync("awards", "--campaign", "LS2021", "--format", "xslx");

        stderr.Should().Contain("(nhận được 'xslx'); có phải ý bạn là xlsx?").And.Contain("(got 'xslx'); did you mean xlsx?");
    }

    [Fact]
    public async Task An_unknown_role_lists_the_roles_and_points_to_users_add_help()
    {
        var stderr = await UsageErrorAsync("users", "add", "lan", "--role", "boss");

        stderr.Should().Contain("(thidua users add): --role phải là viewer, analyst hoặc admin (nhận được 'boss').")
            .And.Contain("--role must be viewer, analyst or admin (got 'boss').")
            .And.Contain("thidua users add --help");
    }

    [Fact]
    public async Task A_value_given_to_a_switch_says_the_option_is_a_switch()
    {
        var stderr = await UsageErrorAsync("import", "units", "x.csv", "--dry-run=maybe");

        stderr.Should().Contain("(thidua import): --dry-run là tùy chọn bật/tắt, không nhận giá trị 'maybe'")
            .And.Contain("--dry-run is a switch and takes no value 'maybe'");
    }

    [Fact]
    public async Task An_option_without_its_value_says_what_value_it_needs()
    {
        var stderr = await UsageErrorAsync("ranking", "--campaign", "LS2021", "--period");

        stderr.Should().Contain("(thidua ranking): --period cần một giá trị ngay sau nó: YYYY-MM.").And.Contain("--period needs a value right after it: YYYY-MM.");
    }

    [Fact]
    public async Task An_argument_too_many_names_the_arguments_the_command_takes()
    {
        var stderr = await UsageErrorAsync("import", "units", "x.csv", "extra");

        stderr.Should().Contain("(thidua import): thừa tham số 'extra': lệnh này chỉ nhận KIND và FILE.")
            .And.Contain("unexpected argument 'extra': the command takes KIND and FILE only.");
    }

    [Fact]
    public async Task An_unquoted_value_with_spaces_is_shown_quoted()
    {
        var stderr = await UsageErrorAsync("periods", "reopen", "--campaign", "LS2021", "--month", "2021-06", "--reason", "nhập", "sai", "số", "liệu");

        stderr.Should().Contain("(thidua periods reopen): thừa 'sai', 'số', 'liệu'")
            .And.Contain("--reason \"nhập sai số liệu\"").And.Contain("put the whole value in quotes");
    }

    [Fact]
    public async Task An_option_given_twice_is_told_to_keep_one()
    {
        var stderr = await UsageErrorAsync("ranking", "--campaign", "LS2021", "--campaign", "BK2022");

        stderr.Should().Contain("--campaign chỉ nhận một giá trị nhưng được cho 2: 'LS2021', 'BK2022'")
            .And.Contain("--campaign takes one value but was given 2: 'LS2021', 'BK2022'");
    }

    [Fact]
    public async Task A_group_without_its_verb_lists_the_verbs()
    {
        var stderr = await UsageErrorAsync("periods");

        stderr.Should().Contain("(thidua periods): thiếu lệnh phía sau, một trong: close hoặc reopen.")
            .And.Contain("a command must follow, one of: close or reopen.")
            .And.Contain("thidua periods --help");
    }

    [Fact]
    public async Task Both_password_options_are_a_usage_error_of_users_add()
    {
        var stderr = await UsageErrorAsync("users", "add", "lan", "--role", "viewer", "--password", "mat-khau-dai", "--password-stdin");

        stderr.Should().Contain("(thidua users add): chỉ dùng một trong --password và --password-stdin.")
            .And.Contain("use either --password or --password-stdin, not both.");
    }

    // Exit code 2, every message a Vietnamese line then its English one, the help to read last.
    private static async Task<string> UsageErrorAsync(params string[] args)
    {
        // --database first: after the arguments it would be the value of an option left without one (--period --database …).
        var result = await ThiDuaProcess.RunAsync(["--database", Nowhere, .. args]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        var lines = result.Stderr.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("Lỗi cú pháp / usage error (thidua", StringComparison.Ordinal), result.ToString());
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith("Lỗi cú pháp", StringComparison.Ordinal))
                lines.ElementAtOrDefault(i + 1).Should().StartWith("  ", "the English half follows its Vietnamese line: {0}", result);
        lines[^1].Should().StartWith("Xem hướng dẫn / see the help: thidua").And.EndWith(" --help");
        foreach (var words in LibraryWords) result.Stderr.Should().NotContain(words);
        return result.Stderr;
    }
}
