using Npgsql;

namespace ThiDua.Cli.Database;

/// <summary>What the database a restore would replace holds, and who else has it open — read before anything is written.</summary>
internal sealed record RestoreTarget(long Events, long Users, int OtherSessions)
{
    public bool HoldsData => Events > 0 || Users > 0;

    public static async Task<RestoreTarget> ReadAsync(NpgsqlConnectionStringBuilder database, CancellationToken ct)
    {
        // Not pooled: a pooled connection of ours would stay open and count as another session to the next command.
        var once = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false };
        await using var conn = new NpgsqlConnection(once.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            select (select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'),
                   to_regclass('public.es_events') is not null, to_regclass('public.app_users') is not null
            """, conn);
        int sessions;
        bool hasEvents, hasUsers;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (sessions, hasEvents, hasUsers) = ((int)reader.GetInt64(0), reader.GetBoolean(1), reader.GetBoolean(2));
        }
        return new RestoreTarget(
            hasEvents ? await CountAsync(conn, "select count(*) from es_events", ct) : 0,
            hasUsers ? await CountAsync(conn, "select count(*) from app_users", ct) : 0,
            sessions);
    }

    private static async Task<long> CountAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
