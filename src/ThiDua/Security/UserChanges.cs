using Npgsql;

namespace ThiDua.Security;

/// <summary>
/// What an administrator changes about a user after adding them: the role (someone promoted or moved), a new API
/// token (one lost or leaked and revoked). Each change notifies <see cref="UserStore.ChangedChannel"/>, so a running
/// server's sessions and tokens see it on their next request. A password reset is <see cref="UserStore.SetPasswordAsync"/>.
/// </summary>
public sealed class UserChanges(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>
    /// Gives the user another role and returns the one they had. Sessions and tokens stay, with the new role at once.
    /// Refused when it would demote the last administrator who can sign in (<see cref="LastAdministrator"/>).
    /// </summary>
    public async Task<Role> SetRoleAsync(string name, Role role, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var n = await UserStore.ExistingAsync(conn, name, ct);
        if (role != Role.Admin) await LastAdministrator.EnsureOthersRemainAsync(conn, tx, n, ct);
        // The old role, read under the row's lock, so two admins' changes report what each replaced.
        await using var cmd = new NpgsqlCommand("""
            update app_users u set role = $2, updated_at = $3 from (select name, role from app_users where name = $1 for update) old
            where u.name = old.name returning old.role
            """, conn, tx);
        cmd.Parameters.AddWithValue(n);
        cmd.Parameters.AddWithValue(RoleNames.ToWord(role));
        cmd.Parameters.AddWithValue(clock.GetUtcNow());
        var before = RoleNames.Parse((string?)await cmd.ExecuteScalarAsync(ct));
        await UserStore.NotifyAsync(conn, tx, ct);
        await tx.CommitAsync(ct);
        return before;
    }

    /// <summary>Issues one more API token for the user (the others stay as they are) and returns it, to be shown once.</summary>
    public async Task<string> IssueTokenAsync(string name, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var n = await UserStore.ExistingAsync(conn, name, ct);
        var token = await UserStore.InsertTokenAsync(conn, tx, n, clock.GetUtcNow(), ct);
        await UserStore.NotifyAsync(conn, tx, ct);
        await tx.CommitAsync(ct);
        return token;
    }
}
