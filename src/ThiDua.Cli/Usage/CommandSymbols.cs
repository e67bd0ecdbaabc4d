using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ThiDua.Cli.Usage;

/// <summary>What a usage message says about the command line's symbols: paths, verbs, options, values, usage lines.</summary>
internal static class CommandSymbols
{
    private const string Program = "thidua";

    // A command that has verbs under it and none was given.
    public static bool ExpectsVerb(CommandResult command) =>
        command.Command.Subcommands.Any(s => !s.Hidden) && !command.Children.OfType<CommandResult>().Any();

    public static List<string> VerbsOf(Command command) => [.. command.Subcommands.Where(s => !s.Hidden).Select(s => s.Name)];

    // The options a command understands: its own, and those its parents pass down (--database, --help).
    public static List<Option> OptionsOf(CommandResult command)
    {
        var options = command.Command.Options.Where(o => !o.Hidden).ToList();
        for (var r = command.Parent; r is not null; r = r.Parent)
            if (r is CommandResult parent)
                options.AddRange(parent.Command.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        return options;
    }
    public static bool TakesValue(Option? option) =>
        option is not null && option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    public static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

    public static string PathOf(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
            if (r is CommandResult c && c.Parent is not null) names.Add(c.Command.Name);
        names.Reverse();
        return string.Join(' ', [Program, .. names]);
    }

    public static string ArgumentName(Argument argument) => argument.Name.ToUpperInvariant();

    // ": table, csv hoặc json" or ": YYYY-MM" after "needs a value".
    public static (string Vi, string En) ValueHint(Option option)
    {
        var words = Choices.Of(option);
        if (words.Count > 0) return ($": {Words.Or(words, true)}", $": {Words.Or(words, false)}");
        return option.HelpName is { Length: > 0 } help ? ($": {help}", $": {help}") : ("", "");
    }

    // "--campaign (mã phong trào)", "--month YYYY-MM", "KIND (loại tệp: units, campaigns … hoặc award_decisions)".
    public static string Described(string name, Symbol symbol, bool vietnamese)
    {
        var words = Choices.Of(symbol);
        var half = Half(symbol.Description, vietnamese);
        if (words.Count > 0) return half is null ? $"{name} ({Words.Or(words, vietnamese)})" : $"{name} ({half}: {Words.Or(words, vietnamese)})";
        if (symbol is Option { HelpName: { Length: > 0 } help }) return $"{name} {help}";
        return half is null ? name : $"{name} ({half})";
    }

    // A description written "tiếng Việt / English" gives either half; any other shape gives none.
    public static string? Half(string? description, bool vietnamese)
    {
        var halves = description?.Split(" / ");
        if (halves is not { Length: 2 }) return null;
        var half = halves[vietnamese ? 0 : 1].Trim();
        return half.Length > 1 && char.IsUpper(half[0]) && char.IsLower(half[1]) ? char.ToLowerInvariant(half[0]) + half[1..] : half;
    }

    /// <summary><c>thidua ranking --campaign CAMPAIGN [--period YYYY-MM] [--format table|csv|json|xlsx] …</c></summary>
    public static string SynopsisOf(Command command, string path)
    {
        var parts = new List<string> { path };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ArgumentName));
        foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption))
        {
            var words = Choices.Of(option);
            var value = option.ValueType == typeof(bool) ? ""
                : " " + (words.Count > 0 ? string.Join('|', words) : option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant());
            parts.Add(option.Required ? option.Name + value : $"[{option.Name}{value}]");
        }
        return string.Join(' ', parts);
    }
}
