using Npgsql;

namespace ThiDua.Security;

/// <summary>
/// Users, passwords and API tokens in <c>app_users</c>/<c>api_tokens</c> (migration 004). Secrets go in hashed
/// and only hashes are compared; every statement is parameterised.
/// </summary>
public sealed class UserStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Notified after any change of a user or token, so caches of who-is-who let go at once.</summary>
    public const string ChangedChannel = "thidua_users";

    internal const string NotifySql = $"select pg_notify('{ChangedChannel}', '')";

    /// <summary>The shortest password taken, when a user is added and when a password is reset.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>Adds a user and issues their first API token. Rejects a bad name or role, or a name already taken.</summary>
    public async Task<NewUser> AddAsync(string name, Role role, string? password, CancellationToken ct = default)
    {
        var n = UserNames.Validate(name);
        CheckPassword(password);
        var now = clock.GetUtcNow();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var insert = new NpgsqlCommand(
            "insert into app_users (name, role, password_hash, session_stamp, created_at, updated_at) values ($1, $2, $3, $4, $5, $5) on conflict do nothing", conn, tx))
        {
            insert.Parameters.AddWithValue(n);
            insert.Parameters.AddWithValue(RoleNames.ToWord(role));
            insert.Parameters.AddWithValue(password is null ? DBNull.Value : PasswordHashing.Hash(password));
            insert.Parameters.AddWithValue(NewStamp());
            insert.Parameters.AddWithValue(now);
            if (await insert.ExecuteNonQueryAsync(ct) == 0)
                throw new UserRejectedException($"Người dùng '{n}' đã có (tên không phân biệt chữ hoa, thường): chọn tên khác, hoặc đổi vai trò, mật khẩu của người này "
                    + $"(thidua users role, thidua users password) / user '{n}' already exists (names ignore case): choose another name, "
                    + "or change this user's role or password (thidua users role, thidua users password).");
        }
        var token = await InsertTokenAsync(conn, tx, n, now, ct);
        await NotifyAsync(conn, tx, ct);
        await tx.CommitAsync(ct);
        return new NewUser(new UserAccount(n, role, password is not null, 1, now), token);
    }

    /// <summary>Sets (or replaces) a password and ends the user's browser sessions.</summary>
    public async Task SetPasswordAsync(string name, string password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        CheckPassword(password);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("update app_users set password_hash = $2, session_stamp = $3, updated_at = $4 where name = $1", conn);
        cmd.Parameters.AddWithValue(await ExistingAsync(conn, name, ct));
        cmd.Parameters.AddWithValue(PasswordHashing.Hash(password));
        cmd.Parameters.AddWithValue(NewStamp());
        cmd.Parameters.AddWithValue(clock.GetUtcNow());
        await cmd.ExecuteNonQueryAsync(ct);
        await NotifyAsync(conn, null, ct);
    }

    /// <summary>
    /// Ends the user's browser sessions (signing out): a new session stamp, so a copy of the cookie is refused too.
    /// Their API tokens stay valid. Nothing happens for an unknown name.
    /// </summary>
    public async Task EndSessionsAsync(string name, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("update app_users set session_stamp = $2, updated_at = $3 where name = $1", conn);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(NewStamp());
        cmd.Parameters.AddWithValue(clock.GetUtcNow());
        await cmd.ExecuteNonQueryAsync(ct);
        await NotifyAsync(conn, null, ct);
    }

    /// <summary>
    /// Revokes every token of the user, ends their browser sessions and removes their password; returns how many tokens
    /// were live. The password goes too: a revoked user kept signing in with it (a departed employee, a leaked password),
    /// and nothing else lets an admin cut that off — the account stays listed, with no way in.
    /// </summary>
    public async Task<int> RevokeAsync(string name, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var n = await ExistingAsync(conn, name, ct);
        var now = clock.GetUtcNow();
        await using var batch = new NpgsqlBatch(conn)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("update app_users set session_stamp = $2, password_hash = null, updated_at = $3 where name = $1") { Parameters = { new() { Value = n }, new() { Value = NewStamp() }, new() { Value = now } } },
                new NpgsqlBatchCommand("update api_tokens set revoked_at = $2 where user_name = $1 and revoked_at is null") { Parameters = { new() { Value = n }, new() { Value = now } } },
                new NpgsqlBatchCommand(NotifySql),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
        return batch.BatchCommands[1].RecordsAffected;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            select u.name, u.role, u.password_hash is not null, count(t.id) filter (where t.revoked_at is null)::int, u.created_at
            from app_users u left join api_tokens t on t.user_name = u.name group by u.name order by u.name
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<UserAccount>();
        while (await reader.ReadAsync(ct))
            list.Add(new UserAccount(reader.GetString(0), RoleNames.Parse(reader.GetString(1)), reader.GetBoolean(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return list;
    }

    /// <summary>The user if the password is theirs; null otherwise (unknown user and wrong password look the same).</summary>
    public async Task<Principal?> VerifyPasswordAsync(string name, string password, CancellationToken ct = default)
    {
        var row = await FindRowAsync("select name, role, session_stamp, password_hash from app_users where name = $1", UserNames.Normalize(name), ct);
        // The same work whatever the name: an unknown user, or one without a password (token only), costs a full
        // check too, so the response time tells nobody which names exist.
        if (row is not { Hash: { Length: > 0 } hash })
        {
            PasswordHashing.Verify(password, DummyHash.Value);
            return null;
        }
        return PasswordHashing.Verify(password, hash) ? row.Value.Principal : null;
    }

    /// <summary>The owner of a live (unrevoked) token, or null.</summary>
    public async Task<Principal?> FindByTokenAsync(string token, CancellationToken ct = default) =>
        (await FindRowAsync("""
            select u.name, u.role, u.session_stamp, null from api_tokens t join app_users u on u.name = t.user_name
            where t.token_hash = $1 and t.revoked_at is null
            """, ApiTokens.Hash(token), ct))?.Principal;

    /// <summary>The user as stored now (a cookie's claims are checked against it on every request).</summary>
    public async Task<Principal?> FindAsync(string name, CancellationToken ct = default) =>
        (await FindRowAsync("select name, role, session_stamp, null from app_users where name = $1", UserNames.Normalize(name), ct))?.Principal;

    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash(PasswordHashing.Generate()));

    private async Task<(Principal Principal, string? Hash)?> FindRowAsync(string sql, string key, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.AddWithValue(key);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var principal = new Principal(reader.GetString(0), RoleNames.Parse(reader.GetString(1)), reader.GetString(2));
        return (principal, reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    // Delivered on commit: the web's CachedUsers drop what they hold.
    internal static async Task NotifyAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var notify = new NpgsqlCommand(NotifySql, conn, tx);
        await notify.ExecuteNonQueryAsync(ct);
    }

    private static void CheckPassword(string? password)
    {
        if (password is { Length: < MinPasswordLength })
            throw new UserRejectedException($"Mật khẩu cần ít nhất {MinPasswordLength} ký tự / the password needs at least {MinPasswordLength} characters.");
    }

    internal static async Task<string> ExistingAsync(NpgsqlConnection conn, string name, CancellationToken ct)
    {
        var n = UserNames.Normalize(name);
        await using var cmd = new NpgsqlCommand("select 1 from app_users where name = $1", conn);
        cmd.Parameters.AddWithValue(n);
        return await cmd.ExecuteScalarAsync(ct) is null
            ? throw new UserRejectedException($"Không có người dùng '{name}': xem tên đúng bằng thidua users list hoặc trang /users / no user '{name}': see the names with thidua users list or the /users page.")
            : n;
    }

    internal static async Task<string> InsertTokenAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string name, DateTimeOffset now, CancellationToken ct)
    {
        var token = ApiTokens.New();
        await using var cmd = new NpgsqlCommand("insert into api_tokens (user_name, token_hash, created_at) values ($1, $2, $3)", conn, tx);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(ApiTokens.Hash(token));
        cmd.Parameters.AddWithValue(now);
        await cmd.ExecuteNonQueryAsync(ct);
        return token;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
