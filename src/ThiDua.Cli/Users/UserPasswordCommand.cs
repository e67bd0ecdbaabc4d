using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Security;

namespace ThiDua.Cli.Users;

/// <summary>
/// <c>thidua users password NAME [--password-stdin | --password P]</c> (else THIDUA_PASSWORD): a new browser password for
/// someone who forgot theirs, or a token-only or revoked user who should sign in again. Their browser sessions end;
/// their API tokens stay as they were.
/// </summary>
public static class UserPasswordCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name" };
        var password = new PasswordInput("Mật khẩu mới (ít nhất 8 ký tự) / the new password (8+ characters)");
        var command = new Command("password", "Đặt lại mật khẩu đăng nhập trình duyệt, kết thúc các phiên đang mở / reset the browser password, ending open sessions") { name };
        password.AddTo(command);
        command.SetAction((parse, ct) => UsersCommand.Guarded(async () =>
        {
            if (password.Read(parse) is not { } secret)
            {
                await Console.Error.WriteLineAsync(password.FromStdin(parse) ? PasswordInput.EmptyStdin : NoPassword);
                return ExitCodes.Rejected;
            }
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var user = parse.GetValue(name)!;
            await new UserStore(runtime.DataSource, runtime.Clock).SetPasswordAsync(user, secret, ct);
            Console.WriteLine($"Đã đặt mật khẩu mới cho / new password set for {UserNames.Normalize(user)}; các phiên đăng nhập cũ đã kết thúc / "
                + "open browser sessions ended; mã API không đổi / API tokens unchanged.");
            return ExitCodes.Success;
        }));
        return command;
    }

    public const string NoPassword =
        $"Chưa có mật khẩu mới: dùng --password-stdin (đọc dòng đầu) hoặc đặt {PasswordInput.Variable}; không có gì thay đổi "
        + $"/ no new password given: use --password-stdin (reads the first line) or set {PasswordInput.Variable}; nothing was changed.";
}
