using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ThiDua.Cli.Usage;

/// <summary>One usage error: the command it is about (<c>thidua ranking</c>), what is wrong and how to fix it, in Vietnamese and English.</summary>
public sealed record UsageProblem(string Command, string Vi, string En);

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
    private const string Program = "thidua";

    private UsageErrorReport(IReadOnlyList<UsageProblem> problems, string helpCommand, string? synopsis)
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
        return new Builder(parse).Build();
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

    private sealed class Builder(ParseResult parse)
    {
        // Left-over tokens first, in the order typed; then what is missing; then the values refused.
        private const int LeftOver = 0, VerbMissing = 1, ArgumentsMissing = 2, OptionsMissing = 3, BadValue = 4, Other = 5;

        private readonly List<(int Order, UsageProblem Problem)> _problems = [];
        private readonly HashSet<ParseError> _handled = [];
        private readonly HashSet<CommandResult> _unknownVerb = [];
        private readonly HashSet<CommandResult> _verbMissing = [];
        private readonly HashSet<Option> _guessed = [];
        private readonly Dictionary<CommandResult, List<Option>> _missingOptions = [];
        private readonly Dictionary<CommandResult, List<Argument>> _missingArguments = [];

        public UsageErrorReport Build()
        {
            LeftOverTokens();
            foreach (var error in parse.Errors)
                if (!_handled.Contains(error)) Error(error);
            foreach (var (command, arguments) in _missingArguments) MissingArguments(command, arguments);
            foreach (var (command, options) in _missingOptions.Where(m => m.Value.Count > 0)) MissingOptions(command, options);
            if (_problems.Count == 0)
                foreach (var error in parse.Errors) Unrecognised(error);
            var typing = parse.CommandResult;
            return new UsageErrorReport([.. _problems.OrderBy(p => p.Order).Select(p => p.Problem)], $"{PathOf(typing)} --help",
                typing.Command.Action is null ? null : SynopsisOf(typing.Command, PathOf(typing)));
        }

        private void Add(int order, CommandResult command, string vi, string en) => _problems.Add((order, new UsageProblem(PathOf(command), vi, en)));

        // ---- tokens the parser could not place: an unknown verb or option, or an argument too many

        private void LeftOverTokens()
        {
            var left = parse.UnmatchedTokens;
            if (left.Count == 0) return;
            // The command each token was left over in: the library's error for it belongs to that command and quotes the token.
            var owners = new CommandResult?[left.Count];
            foreach (var error in parse.Errors)
            {
                if (error.SymbolResult is not CommandResult command || UsageMessages.Of(error) is not null) continue;
                var i = Enumerable.Range(0, left.Count)
                    .FirstOrDefault(i => owners[i] is null && error.Message.Contains($"'{left[i]}'", StringComparison.Ordinal), -1);
                if (i < 0) continue;
                owners[i] = command;
                _handled.Add(error);
            }
            var owner = owners.Select(o => o ?? parse.CommandResult).ToArray();
            var at = Positions(left);
            var skip = new bool[left.Count];
            for (var i = 0; i < left.Count; i++)
            {
                if (skip[i]) continue;
                var token = left[i];
                bool Next(int j) => j < left.Count && !skip[j] && owner[j] == owner[i] && at[i] >= 0 && at[j] == at[i] + (j - i);
                if (LooksLikeOption(token))
                {
                    UnknownOption(owner[i], token);
                    // Most likely its value (--campain LS2021): right once the option is.
                    if (!token.Contains('=', StringComparison.Ordinal) && Next(i + 1) && !LooksLikeOption(left[i + 1])) skip[i + 1] = true;
                }
                else if (ExpectsVerb(owner[i]) && _unknownVerb.Add(owner[i]))
                {
                    UnknownVerb(owner[i], token);
                    // What follows belongs to the verb meant: its options cannot be judged without it.
                    for (var j = i + 1; j < left.Count; j++)
                        if (owner[j] == owner[i]) skip[j] = true;
                }
                else
                {
                    // Extra words side by side are one mistake (a value with spaces left unquoted, usually).
                    var run = 1;
                    while (Next(i + run) && !LooksLikeOption(left[i + run])) run++;
                    ExtraArguments(owner[i], [.. left.Skip(i).Take(run)], at[i]);
                    for (var j = i + 1; j < i + run; j++) skip[j] = true;
                }
            }
        }

        // Where each left-over token is among the tokens (-1 when not found); a token right after an option that takes a value was that value.
        private int[] Positions(IReadOnlyList<string> left)
        {
            var tokens = parse.Tokens;
            var at = new int[left.Count];
            var from = 0;
            for (var i = 0; i < left.Count; i++)
            {
                at[i] = -1;
                for (var j = from; j < tokens.Count; j++)
                {
                    if (tokens[j].Value != left[i] || (j > 0 && TakesValue(OptionOf(tokens[j - 1])))) continue;
                    at[i] = j;
                    from = j + 1;
                    break;
                }
            }
            return at;
        }

        private void UnknownOption(CommandResult command, string token)
        {
            var options = OptionsOf(command);
            var guess = Typo.Nearest(token.Split('=', 2)[0], options.Select(o => o.Name));
            if (guess.Count > 0)
            {
                // "--campain X" and "--campaign is required" are one mistake: the guess says it.
                foreach (var option in options.Where(o => guess.Contains(o.Name) && o.Required)) _guessed.Add(option);
                Add(LeftOver, command, $"không có tùy chọn '{token}'; có phải ý bạn là {Words.Or(guess, true)}?",
                    $"unknown option '{token}'; did you mean {Words.Or(guess, false)}?");
                return;
            }
            var names = options.Select(o => o.Name).ToList();
            Add(LeftOver, command, $"không có tùy chọn '{token}'. Các tùy chọn: {string.Join(", ", names)}.",
                $"unknown option '{token}'. The options: {string.Join(", ", names)}.");
        }

        private void UnknownVerb(CommandResult command, string token)
        {
            var verbs = VerbsOf(command.Command);
            var guess = Typo.Nearest(token, verbs);
            var (guessVi, guessEn) = guess.Count == 0 ? (".", ".")
                : ($"; có phải ý bạn là {Words.Or(guess, true)}?", $"; did you mean {Words.Or(guess, false)}?");
            Add(LeftOver, command, $"'{token}' không phải là lệnh{guessVi} Các lệnh: {string.Join(", ", verbs)}.",
                $"'{token}' is not a command{guessEn} The commands: {string.Join(", ", verbs)}.");
        }

        private void ExtraArguments(CommandResult command, IReadOnlyList<string> words, int at)
        {
            var tokens = parse.Tokens;
            var quoted = string.Join(", ", words.Select(w => $"'{w}'"));
            if (at > 0 && OptionOf(tokens[at - 1]) is { } flag && flag.ValueType == typeof(bool))
            {
                Add(LeftOver, command, $"{flag.Name} là tùy chọn bật/tắt, không nhận giá trị {quoted}: ghi {flag.Name} để bật, bỏ nó đi để tắt.",
                    $"{flag.Name} is a switch and takes no value {quoted}: write {flag.Name} to turn it on, leave it out to turn it off.");
                return;
            }
            // (Not after "--period --database": the option took the next option's name as its value, and says so itself.)
            if (at > 1 && tokens[at - 1].Type == TokenType.Argument && !LooksLikeOption(tokens[at - 1].Value)
                && OptionOf(tokens[at - 2]) is { } option && TakesValue(option)
                && option.Arity.MaximumNumberOfValues == 1)
            {
                var value = string.Join(' ', [tokens[at - 1].Value, .. words]);
                Add(LeftOver, command, $"thừa {quoted}: nếu đó là phần tiếp theo của giá trị {option.Name}, đặt cả giá trị trong ngoặc kép: {option.Name} \"{value}\".",
                    $"unexpected {quoted}: if it goes on the value of {option.Name}, put the whole value in quotes: {option.Name} \"{value}\".");
                return;
            }
            var arguments = command.Command.Arguments.Where(a => !a.Hidden).Select(ArgumentName).ToList();
            var (what, whatEn) = words.Count == 1 ? ("tham số", "argument") : ("các tham số", "arguments");
            if (arguments.Count == 0)
                Add(LeftOver, command, $"thừa {what} {quoted}: lệnh này không nhận tham số nào.", $"unexpected {whatEn} {quoted}: the command takes no arguments.");
            else
                Add(LeftOver, command, $"thừa {what} {quoted}: lệnh này chỉ nhận {Words.And(arguments, true)}.",
                    $"unexpected {whatEn} {quoted}: the command takes {Words.And(arguments, false)} only.");
        }

        // ---- the other errors, by the result they belong to

        private void Error(ParseError error)
        {
            var command = CommandOf(error.SymbolResult);
            if (UsageMessages.Of(error) is { } own)
            {
                Add(BadValue, command, own.Vi, own.En);
                return;
            }
            switch (error.SymbolResult)
            {
                case CommandResult c when ExpectsVerb(c) && c.Command.Action is null && !_verbMissing.Contains(c):
                    _verbMissing.Add(c);
                    if (_unknownVerb.Contains(c)) return; // the unknown verb's message lists the verbs
                    var verbs = VerbsOf(c.Command);
                    Add(VerbMissing, c, $"thiếu lệnh phía sau, một trong: {Words.Or(verbs, true)}.", $"a command must follow, one of: {Words.Or(verbs, false)}.");
                    return;
                case OptionResult o when o.IdentifierToken is null && o.Option.Required && o.Tokens.Count == 0:
                    var missing = MissingList(_missingOptions, command);
                    if (!_guessed.Contains(o.Option) && !missing.Contains(o.Option)) missing.Add(o.Option);
                    return;
                case OptionResult o when o.IdentifierToken is { } typed && o.Tokens.Count < o.Option.Arity.MinimumNumberOfValues:
                    var (hintVi, hintEn) = ValueHint(o.Option);
                    Add(BadValue, command, $"{typed.Value} cần một giá trị ngay sau nó{hintVi}.", $"{typed.Value} needs a value right after it{hintEn}.");
                    return;
                case OptionResult o when o.Tokens.Count > o.Option.Arity.MaximumNumberOfValues:
                    TooManyValues(command, o);
                    return;
                case ArgumentResult a when a.Parent is CommandResult && a.Tokens.Count == 0:
                    var arguments = MissingList(_missingArguments, command);
                    if (!arguments.Contains(a.Argument)) arguments.Add(a.Argument);
                    return;
                default:
                    Unrecognised(error);
                    return;
            }
        }

        private void TooManyValues(CommandResult command, OptionResult o)
        {
            var name = o.IdentifierToken?.Value ?? o.Option.Name;
            var n = o.Tokens.Count;
            var values = string.Join(", ", o.Tokens.Select(t => $"'{t.Value}'"));
            var max = o.Option.Arity.MaximumNumberOfValues;
            var (takesVi, takesEn) = max == 1 ? ("một giá trị", "one value") : ($"tối đa {max} giá trị", $"at most {max} values");
            Add(BadValue, command, $"{name} chỉ nhận {takesVi} nhưng được cho {n}: {values}; giữ lại một (giá trị có dấu cách thì đặt trong ngoặc kép).",
                $"{name} takes {takesEn} but was given {n}: {values}; keep one (put a value with spaces in quotes).");
        }

        private void MissingArguments(CommandResult command, List<Argument> arguments)
        {
            var vi = arguments.Select(a => Described(ArgumentName(a), a, vietnamese: true)).ToList();
            var en = arguments.Select(a => Described(ArgumentName(a), a, vietnamese: false)).ToList();
            if (arguments.Count == 1)
                Add(ArgumentsMissing, command, $"thiếu tham số {vi[0]}.", $"missing the argument {en[0]}.");
            else
                Add(ArgumentsMissing, command, $"thiếu các tham số {Words.And(vi, true)}.", $"missing the arguments {Words.And(en, false)}.");
        }

        private void MissingOptions(CommandResult command, List<Option> options)
        {
            var vi = options.Select(o => Described(o.Name, o, vietnamese: true)).ToList();
            var en = options.Select(o => Described(o.Name, o, vietnamese: false)).ToList();
            if (options.Count == 1)
                Add(OptionsMissing, command, $"thiếu tùy chọn bắt buộc {vi[0]}.", $"missing the required option {en[0]}.");
            else
                Add(OptionsMissing, command, $"thiếu các tùy chọn bắt buộc {Words.And(vi, true)}.", $"missing the required options {Words.And(en, false)}.");
        }

        // An error this report has no words for: the library's English sentence stays, as the English half.
        private void Unrecognised(ParseError error)
        {
            var command = CommandOf(error.SymbolResult);
            var what = error.SymbolResult switch
            {
                OptionResult o => $"giá trị của {o.IdentifierToken?.Value ?? o.Option.Name} không dùng được",
                ArgumentResult { Parent: OptionResult o } => $"giá trị của {o.IdentifierToken?.Value ?? o.Option.Name} không dùng được",
                ArgumentResult a => $"tham số {ArgumentName(a.Argument)} không dùng được",
                _ => "dòng lệnh không hợp lệ",
            };
            Add(Other, command, $"{what} (chi tiết bằng tiếng Anh ở dòng dưới).", error.Message);
        }

        // ---- the command line's symbols

        private CommandResult CommandOf(SymbolResult? result)
        {
            for (var r = result; r is not null; r = r.Parent)
                if (r is CommandResult c) return c;
            return parse.RootCommandResult;
        }

        private static List<T> MissingList<T>(Dictionary<CommandResult, List<T>> lists, CommandResult command)
        {
            if (!lists.TryGetValue(command, out var list)) lists[command] = list = [];
            return list;
        }

        // A command that has verbs under it and none was given.
        private static bool ExpectsVerb(CommandResult command) =>
            command.Command.Subcommands.Any(s => !s.Hidden) && !command.Children.OfType<CommandResult>().Any();

        private static List<string> VerbsOf(Command command) => [.. command.Subcommands.Where(s => !s.Hidden).Select(s => s.Name)];

        // The options a command understands: its own, and those its parents pass down (--database, --help).
        private static List<Option> OptionsOf(CommandResult command)
        {
            var options = command.Command.Options.Where(o => !o.Hidden).ToList();
            for (var r = command.Parent; r is not null; r = r.Parent)
                if (r is CommandResult parent)
                    options.AddRange(parent.Command.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
            return options;
        }

        // The option an option token names, looked up along the command typed and its parents.
        private Option? OptionOf(Token token)
        {
            if (token.Type != TokenType.Option) return null;
            for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
            {
                if (r is not CommandResult c) continue;
                var found = c.Command.Options.FirstOrDefault(o => o.Name == token.Value || o.Aliases.Contains(token.Value));
                if (found is not null) return found;
            }
            return null;
        }

        private static bool TakesValue(Option? option) =>
            option is not null && option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

        private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

        private static string PathOf(CommandResult command)
        {
            var names = new List<string>();
            for (SymbolResult? r = command; r is not null; r = r.Parent)
                if (r is CommandResult c && c.Parent is not null) names.Add(c.Command.Name);
            names.Reverse();
            return string.Join(' ', [Program, .. names]);
        }
    }

    private static string ArgumentName(Argument argument) => argument.Name.ToUpperInvariant();

    // ": table, csv hoặc json" or ": YYYY-MM" after "needs a value".
    private static (string Vi, string En) ValueHint(Option option)
    {
        var words = Choices.Of(option);
        if (words.Count > 0) return ($": {Words.Or(words, true)}", $": {Words.Or(words, false)}");
        return option.HelpName is { Length: > 0 } help ? ($": {help}", $": {help}") : ("", "");
    }

    // "--campaign (mã phong trào)", "--month YYYY-MM", "KIND (loại tệp: units, campaigns … hoặc award_decisions)".
    private static string Described(string name, Symbol symbol, bool vietnamese)
    {
        var words = Choices.Of(symbol);
        var half = Half(symbol.Description, vietnamese);
        if (words.Count > 0) return half is null ? $"{name} ({Words.Or(words, vietnamese)})" : $"{name} ({half}: {Words.Or(words, vietnamese)})";
        if (symbol is Option { HelpName: { Length: > 0 } help }) return $"{name} {help}";
        return half is null ? name : $"{name} ({half})";
    }

    // A description written "tiếng Việt / English" gives either half; any other shape gives none.
    private static string? Half(string? description, bool vietnamese)
    {
        var halves = description?.Split(" / ");
        if (halves is not { Length: 2 }) return null;
        var half = halves[vietnamese ? 0 : 1].Trim();
        return half.Length > 1 && char.IsUpper(half[0]) && char.IsLower(half[1]) ? char.ToLowerInvariant(half[0]) + half[1..] : half;
    }

    /// <summary><c>thidua ranking --campaign CAMPAIGN [--period YYYY-MM] [--format table|csv|json|xlsx] …</c></summary>
    private static string SynopsisOf(Command command, string path)
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
