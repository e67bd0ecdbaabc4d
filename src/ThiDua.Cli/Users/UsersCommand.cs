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
        users.Add(UserPasswordCommand.Create());
        users.Add(UserRoleCommand.Create());
        users.Add(UserTokenCommand.Create());
        return users;
    }

    /// <summary><c>--role viewer|analyst|admin</c>, required; another word is a usage error (exit 2) naming the three.</summary>
    internal static Option<string> RoleOption()
    {
        string[] roles = [RoleNames.Viewer, RoleNames.Analyst, RoleNames.Admin];
        return Choices.Offer(new Option<string>("--role")
        {
            Description = "viewer | analyst | admin",
            Required = true,
            Validators = { r =>
            {
                var v = r.GetValueOrDefault<string>();
                if (!RoleNames.TryParse(v, out _)) UsageMessages.NotOneOf(r, "--role", "--role", roles, v);
            } },
        }, roles);
    }

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name (a-z, 0-9, . _ -)" };
        var role = RoleOption();
        var password = new PasswordInput("Mật khẩu để đăng nhập trên trình duyệt (ít nhất 8 ký tự); bỏ trống = chỉ dùng mã API / browser password (8+ characters); omit for token-only");
        var add = new Command("add", "Thêm người dùng, in mã API ở dòng cuối / add a user; prints the API token as the last line") { name, role };
        password.AddTo(add);
        add.SetAction((parse, ct) => Guarded(async () =>
        {
            var secret = password.Read(parse);
            if (secret is null && password.FromStdin(parse))
            {
                await Console.Error.WriteLineAsync(PasswordInput.EmptyStdin);
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
        + "không đăng nhập trên trình duyệt được (đặt mật khẩu sau bằng thidua users password TÊN, ít nhất 8 ký tự) "
        + $"/ note: no password (no --password, --password-stdin or {PasswordVariable}): this user can use API tokens only, "
        + "not sign in in a browser (give one later with thidua users password NAME, 8+ characters).";

    /// <summary>Read when neither --password nor --password-stdin is given.</summary>
    public const string PasswordVariable = PasswordInput.Variable;

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
    internal static async Task<int> Guarded(Func<Task<int>> action)
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
