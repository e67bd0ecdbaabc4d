using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Security;

namespace ThiDua.Cli.Users;

/// <summary>
/// <c>thidua users role NAME --role ROLE</c>: someone promoted, moved or stepping down. Their sessions and tokens stay
/// and carry the new role from their next request (a running server hears the change at once).
/// </summary>
public static class UserRoleCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Tên đăng nhập / user name" };
        var role = UsersCommand.RoleOption();
        var command = new Command("role", "Đổi vai trò của người dùng, có hiệu lực ngay / change a user's role, at once") { name, role };
        command.SetAction((parse, ct) => UsersCommand.Guarded(async () =>
        {
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var user = UserNames.Normalize(parse.GetValue(name));
            var after = RoleNames.Parse(parse.GetValue(role));
            var before = await new UserChanges(runtime.DataSource, runtime.Clock).SetRoleAsync(user, after, ct);
            Console.WriteLine(before == after
                ? $"{user} đã có vai trò / already has the role {RoleNames.ToWord(after)}; không có gì thay đổi / nothing changed."
                : $"Đã đổi vai trò / role changed: {user} {RoleNames.ToWord(before)} → {RoleNames.ToWord(after)} "
                  + "(có hiệu lực ngay với phiên đăng nhập và mã API / in effect at once for sessions and API tokens).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
