using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using static ThiDua.Cli.Usage.CommandSymbols;

namespace ThiDua.Cli.Usage;

/// <summary>Reads a parse's errors into <see cref="UsageErrorReport"/>'s problems: what is missing, the values refused.</summary>
internal sealed partial class UsageErrorReader(ParseResult parse)
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
}
