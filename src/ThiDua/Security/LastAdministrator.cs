using Npgsql;

namespace ThiDua.Security;

/// <summary>
/// A role change may not leave nobody able to administer: an admin who demoted the only admin who can sign in (a
/// password or a live token) — often themselves, on <c>/users</c> — locked the office out of its users until an operator
/// came with the command line. The admins' rows are locked first, so two admins demoting each other at once cannot
/// both pass the check.
/// </summary>
internal static class LastAdministrator
{
    public static async Task EnsureOthersRemainAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string name, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            with admins as (select name, password_hash from app_users where role = 'admin' for update)
            select exists (select 1 from admins where name = $1),
                   (select count(*)::int from admins a where a.name <> $1 and (a.password_hash is not null
                       or exists (select 1 from api_tokens t where t.user_name = a.name and t.revoked_at is null)))
            """, conn, tx);
        cmd.Parameters.AddWithValue(name);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (!reader.GetBoolean(0) || reader.GetInt32(1) > 0) return;
        throw new UserRejectedException(
            $"Không đổi vai trò của '{name}': đây là quản trị viên duy nhất còn đăng nhập được, đổi đi thì không ai quản lý được người dùng nữa. " +
            "Hãy cấp quyền quản trị cho một người khác trước (thidua users role TÊN --role admin, hoặc trên trang /users), rồi đổi lại. / " +
            $"not changing the role of '{name}': they are the only administrator who can still sign in, and nobody could manage users after it. " +
            "Make someone else an administrator first (thidua users role NAME --role admin, or on the /users page), then change it.");
    }
}
