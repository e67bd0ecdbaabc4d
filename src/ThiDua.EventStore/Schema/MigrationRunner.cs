using Npgsql;

namespace ThiDua.EventStore.Schema;

/// <summary>
/// Applies migrations in order, each once, inside one transaction under an advisory lock,
/// so two processes starting together never both apply them.
/// </summary>
public static class MigrationRunner
{
    // Arbitrary, fixed: the advisory lock key that serialises migrations.
    private const long LockKey = 0x7468_6964_7561_01;

    public static async Task<IReadOnlyList<string>> ApplyAsync(NpgsqlDataSource dataSource, IEnumerable<Migration> migrations, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_xact_lock(@k)", conn, tx))
        {
            lockCmd.Parameters.AddWithValue("k", LockKey);
            await lockCmd.ExecuteNonQueryAsync(ct);
        }
        await using (var create = new NpgsqlCommand(
            "create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())", conn, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("select id from schema_migrations", conn, tx))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        }
        var done = new List<string>();
        foreach (var migration in migrations)
        {
            if (applied.Contains(migration.Id)) continue;
            await using (var apply = new NpgsqlCommand(migration.Sql, conn, tx))
            {
                await apply.ExecuteNonQueryAsync(ct);
            }
            await using (var record = new NpgsqlCommand("insert into schema_migrations (id) values (@id)", conn, tx))
            {
                record.Parameters.AddWithValue("id", migration.Id);
                await record.ExecuteNonQueryAsync(ct);
            }
            done.Add(migration.Id);
        }
        await tx.CommitAsync(ct);
        return done;
    }
}
