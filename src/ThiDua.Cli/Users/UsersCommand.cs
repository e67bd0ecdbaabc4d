using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Cli.Usage;
using ThiDua.Security;

namespace ThiDua.Cli.Users;

/// <summary>
/// <c>thidua users add NAME --role ROLE [--password P | --password-stdin]</c> (else THIDUA_PASSWORD; the new API token is the last line),
/// <c>thidua users list</c>, <c>thidua users revoke NAME</c> (every token and browser session of the user).
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Người dùng và mã API / users and API tokens");
        users.Add(Add());
        users.Add(List());
        users.Add(Revoke());
        return users;
    }

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name (a-z, 0-9, . _ -)" };
        string[] roles = [RoleNames.Viewer, RoleNames.Analyst, RoleNames.Admin];
        var role = Choices.Offer(new Option<string>("--role")
        {
            Description = "viewer | analyst | admin",
            Required = true,
            Validators = { r =>
            {
                var v = r.GetValueOrDefault<string>();
                if (!RoleNames.TryParse(v, out _)) UsageMessages.NotOneOf(r, "--role", "--role", roles, v);
            } },
        }, roles);
        var password = new Option<string?>("--password") { Description = "Mật khẩu để đăng nhập trên trình duyệt (ít nhất 8 ký tự); bỏ trống = chỉ dùng mã API / browser password (8+ characters); omit for token-only" };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Đọc mật khẩu từ dòng đầu của đầu vào chuẩn (không hiện trong ps) / read the password from the first line of standard input; without either option, {PasswordVariable} is used",
        };
        var add = new Command("add", "Thêm người dùng, in mã API ở dòng cuối / add a user; prints the API token as the last line") { name, role, password, passwordStdin };
        // A usage error (exit 2) found with the others, before the password is read or the database opened.
        add.Validators.Add(r =>
        {
            if (r.GetValue(password) is not null && r.GetValue(passwordStdin))
                UsageMessages.Add(r, "chỉ dùng một trong --password và --password-stdin.", "use either --password or --password-stdin, not both.");
        });
        add.SetAction((parse, ct) => Guarded(async () =>
        {
            var secret = PasswordOf(parse.GetValue(password), parse.GetValue(passwordStdin));
            if (secret is null && parse.GetValue(passwordStdin))
            {
                await Console.Error.WriteLineAsync("Không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu trống) / no password on standard input (its first line is empty).");
                return ExitCodes.Rejected;
            }
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var added = await new UserStore(runtime.DataSource, runtime.Clock).AddAsync(parse.GetValue(name)!, RoleNames.Parse(parse.GetValue(role)), secret, ct);
            Console.WriteLine($"Đã thêm / added {added.Account.Name} ({RoleNames.ToWord(added.Account.Role)}).");
            if (secret is null) await Console.Error.WriteLineAsync(TokenOnlyNote);
            Console.WriteLine("Mã API, chỉ hiện một lần / API token, shown once (Authorization: Bearer …):");
            Console.WriteLine(added.Token);
            return ExitCodes.Success;
        }));
        return add;
    }

    /// <summary>Said on stderr when a user gets no password: a THIDUA_PASSWORD left empty (<c>THIDUA_PASSWORD="$PW"</c> with PW
    /// unset) made a token-only user that then could not sign in, and nothing had said so.</summary>
    public const string TokenOnlyNote =
        $"Lưu ý: không có mật khẩu (không có --password, --password-stdin hay {PasswordVariable}): người dùng này chỉ dùng mã API, "
        + "không đăng nhập trên trình duyệt được (mật khẩu chỉ đặt được lúc thêm người dùng, ít nhất 8 ký tự) "
        + $"/ note: no password (no --password, --password-stdin or {PasswordVariable}): this user can use API tokens only, "
        + "not sign in in a browser (a password can be given only when a user is added, 8+ characters).";

    /// <summary>Read when neither --password nor --password-stdin is given (a command line is visible to every local user in ps).</summary>
    public const string PasswordVariable = "THIDUA_PASSWORD";

    private static string? PasswordOf(string? fromOption, bool fromStdin)
    {
        if (fromOption is not null)
        {
            Console.Error.WriteLine($"Lưu ý: --password hiện trong danh sách tiến trình (ps); nên dùng --password-stdin hoặc {PasswordVariable} "
                + $"/ note: --password is visible in the process list (ps); prefer --password-stdin or {PasswordVariable}.");
            return fromOption;
        }
        if (fromStdin) return Console.In.ReadLine()?.TrimEnd('\r') is { Length: > 0 } line ? line : null;
        return Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }

    private static Command List()
    {
        var list = new Command("list", "Liệt kê người dùng / list users");
        list.SetAction((parse, ct) => Guarded(async () =>
        {
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            // Vietnam time, as the pages write it, and the header says so.
            var table = new TextTable("tên đăng nhập", "vai trò", "mật khẩu", "mã API", "tạo lúc (giờ Việt Nam, UTC+07:00)");
            foreach (var u in await new UserStore(runtime.DataSource, runtime.Clock).ListAsync(ct))
                table.Row(u.Name, RoleNames.ToWord(u.Role), u.HasPassword ? "có" : "không", u.ActiveTokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Formatting.VietnameseDates.Instant(u.CreatedAt));
            table.WriteTo(Console.Out);
            return ExitCodes.Success;
        }));
        return list;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name" };
        var revoke = new Command("revoke", "Thu hồi mọi mã API và phiên đăng nhập của người dùng, xóa mật khẩu / revoke the user's tokens and sessions, remove the password") { name };
        revoke.SetAction((parse, ct) => Guarded(async () =>
        {
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var count = await new UserStore(runtime.DataSource, runtime.Clock).RevokeAsync(parse.GetValue(name)!, ct);
            Console.WriteLine($"Đã thu hồi / revoked {count} mã API / tokens; các phiên đăng nhập đã kết thúc / browser sessions ended; mật khẩu đã bị xóa, không đăng nhập được nữa / password removed, no more sign-in.");
            return ExitCodes.Success;
        }));
        return revoke;
    }

    // A rejected request (bad name or role, unknown or duplicate user) is exit code 1 with its bilingual message.
    private static async Task<int> Guarded(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (UserRejectedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Rejected;
        }
    }
}
