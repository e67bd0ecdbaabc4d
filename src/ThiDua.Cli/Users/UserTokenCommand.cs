using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Security;

namespace ThiDua.Cli.Users;

/// <summary>
/// <c>thidua users token NAME</c>: one more API token for an existing user, printed as the last line (shown once) —
/// after a lost or leaked one was revoked, or for a second script. The user's other tokens stay as they are.
/// </summary>
public static class UserTokenCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name" };
        var command = new Command("token", "Cấp thêm một mã API, in ở dòng cuối / issue one more API token, printed as the last line") { name };
        command.SetAction((parse, ct) => UsersCommand.Guarded(async () =>
        {
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var token = await new UserChanges(runtime.DataSource, runtime.Clock).IssueTokenAsync(parse.GetValue(name)!, ct);
            Console.WriteLine("Mã API mới, chỉ hiện một lần / new API token, shown once (Authorization: Bearer …):");
            Console.WriteLine(token);
            return ExitCodes.Success;
        }));
        return command;
    }
}
