using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using static ThiDua.Cli.Usage.CommandSymbols;

namespace ThiDua.Cli.Usage;

/// <summary>The tokens the parser could not place: an unknown verb or option, or an argument too many.</summary>
internal sealed partial class UsageErrorReader
{
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
}
