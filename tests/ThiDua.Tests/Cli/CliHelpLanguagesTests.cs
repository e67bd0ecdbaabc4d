using System.CommandLine;
using ThiDua.Cli;

namespace ThiDua.Tests.Cli;

/// <summary>
/// Every verb's line in <c>thidua --help</c> and <c>thidua VERB --help</c> says what it does in Vietnamese, then in
/// English, as every other message of the CLI does (<c>projections rebuild</c> was English only).
/// </summary>
public sealed class CliHelpLanguagesTests
{
    [Fact]
    public void Every_command_is_described_in_vietnamese_then_english()
    {
        var undescribed = Commands(CliRoot.Create())
            .Where(c => c.Description is not { } d || !IsVietnameseThenEnglish(d))
            .Select(c => $"{c.Name}: {c.Description}")
            .ToList();

        undescribed.Should().BeEmpty();
    }

    [Fact]
    public async Task The_import_help_names_the_default_culture_as_it_is_written_on_the_command_line()
    {
        var help = await ThiDuaProcess.RunAsync("import", "--help");

        help.ExitCode.Should().Be(0, help.ToString());
        help.Stdout.Should().Contain("vi (1.110.000; 90,6 — mặc định / the default)").And.NotContain("[default: Vi]", "'Vi' is not a value --culture takes");
    }

    private static IEnumerable<Command> Commands(Command command) =>
        command.Subcommands.SelectMany(sub => Commands(sub).Prepend(sub));

    // "Vietnamese / English": Vietnamese letters before the slash, none after it (names such as "Word" aside).
    private static bool IsVietnameseThenEnglish(string description)
    {
        var slash = description.IndexOf(" / ", StringComparison.Ordinal);
        return slash > 0 && HasVietnameseLetter(description[..slash]) && !HasVietnameseLetter(description[(slash + 3)..]);
    }

    private static bool HasVietnameseLetter(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormD).Any(c => c is >= '\u0300' and <= '\u036f' or 'đ' or 'Đ');
}
