using System.CommandLine;
using ThiDua.Cli.Usage;

namespace ThiDua.Cli.Users;

/// <summary>
/// Where a browser password comes from on the command line, for <c>users add</c> and <c>users password</c>:
/// <c>--password-stdin</c>, else THIDUA_PASSWORD, else <c>--password P</c> (visible in <c>ps</c>, and said so).
/// </summary>
public sealed class PasswordInput
{
    /// <summary>Read when neither --password nor --password-stdin is given (a command line is visible to every local user in ps).</summary>
    public const string Variable = "THIDUA_PASSWORD";

    public Option<string?> Password { get; }

    public Option<bool> Stdin { get; } = new("--password-stdin")
    {
        Description = $"Đọc mật khẩu từ dòng đầu của đầu vào chuẩn (không hiện trong ps) / read the password from the first line of standard input; without either option, {Variable} is used",
    };

    public PasswordInput(string description) => Password = new Option<string?>("--password") { Description = description };

    /// <summary>Adds both options and the usage error (exit 2) for giving both, found before anything is read.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Password);
        command.Add(Stdin);
        command.Validators.Add(r =>
        {
            if (r.GetValue(Password) is not null && r.GetValue(Stdin))
                UsageMessages.Add(r, "chỉ dùng một trong --password và --password-stdin.", "use either --password or --password-stdin, not both.");
        });
    }

    public bool FromStdin(ParseResult parse) => parse?.GetValue(Stdin) ?? false;

    /// <summary>The password given, or null for none (an empty first line, an empty or unset variable).</summary>
    public string? Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(Password) is { } fromOption)
        {
            Console.Error.WriteLine($"Lưu ý: --password hiện trong danh sách tiến trình (ps); nên dùng --password-stdin hoặc {Variable} "
                + $"/ note: --password is visible in the process list (ps); prefer --password-stdin or {Variable}.");
            return fromOption;
        }
        if (parse.GetValue(Stdin)) return Console.In.ReadLine()?.TrimEnd('\r') is { Length: > 0 } line ? line : null;
        return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }

    public const string EmptyStdin = "Không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu trống) / no password on standard input (its first line is empty).";
}
