using ThiDua.Security;

namespace ThiDua.Cli.Users;

/// <summary>
/// The demo's administrator <c>admin</c>: created on the first demo, given a fresh random password on every
/// demo (printed once; never a fixed password that would also open a real server).
/// </summary>
public static class DemoAdmin
{
    public const string Name = "admin";

    public static async Task<string> EnsureAsync(UserStore users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var password = PasswordHashing.Generate();
        if (await users.FindAsync(Name, ct) is null)
            await users.AddAsync(Name, Role.Admin, password, ct);
        else
            await users.SetPasswordAsync(Name, password, ct);
        return password;
    }

    public static void Print(string url, string password)
    {
        Console.WriteLine($"Đăng nhập / sign in: {url.Split(';')[0].TrimEnd('/')}/signin");
        Console.WriteLine($"  tên / user: {Name}");
        Console.WriteLine($"  mật khẩu / password: {password}   (mới mỗi lần chạy demo / new on every demo run)");
        Console.WriteLine($"Mã API cho script / API token for scripts: thidua users add TÊN --role viewer");
    }
}
