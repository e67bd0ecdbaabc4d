using System.CommandLine;

namespace ThiDua.Cli.Usage;

/// <summary>
/// System.CommandLine's parse errors worded as ThiDua's other errors: Vietnamese, then English, naming the command, the
/// token and the fix (the commands or options there are, "did you mean", the allowed values, the command's usage line
/// and its <c>--help</c>). The exit code stays Program's (2).
/// <para>
/// The library gives an error as an English sentence and the symbol result it belongs to, no kind: the kind is read
/// from that result (a required option never given, an option without its value or with too many, an argument missing,
/// a command that needs a verb) and from <see cref="ParseResult.UnmatchedTokens"/> (an unknown verb or option, an extra
/// argument). Errors ThiDua's own parsers add come in both languages already (<see cref="UsageMessages"/>); one that
/// fits none of these keeps the library's English sentence as its English half.
/// </para>
/// </summary>
public sealed class UsageErrorReport
{
    internal UsageErrorReport(IReadOnlyList<UsageProblem> problems, string helpCommand, string? synopsis)
    {
        Problems = problems;
        HelpCommand = helpCommand;
        Synopsis = synopsis;
    }

    public IReadOnlyList<UsageProblem> Problems { get; }

    /// <summary><c>thidua ranking --help</c>: the help of the command the user was typing.</summary>
    public string HelpCommand { get; }

    /// <summary>That command's usage line (<c>thidua ranking --campaign CAMPAIGN [--period YYYY-MM] …</c>); null for a group of verbs.</summary>
    public string? Synopsis { get; }

    public static UsageErrorReport Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new UsageErrorReader(parse).Build();
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var p in Problems)
        {
            writer.WriteLine($"Lỗi cú pháp / usage error ({p.Command}): {p.Vi}");
            writer.WriteLine($"  {p.En}");
        }
        if (Synopsis is not null) writer.WriteLine($"Cách dùng / usage: {Synopsis}");
        writer.WriteLine($"Xem hướng dẫn / see the help: {HelpCommand}");
    }
}
