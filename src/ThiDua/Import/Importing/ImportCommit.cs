using Npgsql;

namespace ThiDua.Import.Importing;

/// <summary>
/// Commits an import, and when the connection is lost during the commit finds out whether it was written: PostgreSQL
/// keeps the fate of each recent transaction (<c>pg_xact_status</c>), asked on a new connection by the id the import's
/// transaction held. Written: the import succeeded. Not written: the error as it was (nothing was written). Not known
/// (the database unreachable, or the transaction still running after a wait): <see cref="ImportCommitUncertainException"/>.
/// </summary>
internal static class ImportCommit
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    public static async Task CommitAsync(NpgsqlDataSource dataSource, NpgsqlConnection conn, NpgsqlTransaction tx, string fileName)
    {
        // Asked just before the commit, not when the import began: an id taken early would make the import count as a
        // writer in flight for the event store's gap rule all through its reading. Null when nothing was written.
        string? id;
        await using (var cmd = new NpgsqlCommand("select pg_current_xact_id_if_assigned()::text", conn, tx))
            id = await cmd.ExecuteScalarAsync(CancellationToken.None) as string;
        try
        {
            await tx.CommitAsync(CancellationToken.None);
        }
        catch (NpgsqlException e) when (id is not null && ConnectionLost(e))
        {
            switch (await FateAsync(dataSource, id))
            {
                case "committed": return;
                case "aborted": throw;
                default: throw new ImportCommitUncertainException(fileName, e);
            }
        }
    }

    // The server answering with an error (a serialization failure, say) is a refusal: nothing was written.
    private static bool ConnectionLost(NpgsqlException e) =>
        e is not PostgresException p || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal);

    private static async Task<string?> FateAsync(NpgsqlDataSource dataSource, string id)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await using var cmd = dataSource.CreateCommand("select pg_xact_status(@id::xid8)");
                cmd.Parameters.AddWithValue("id", id);
                if (await cmd.ExecuteScalarAsync() is string fate && fate != "in progress") return fate;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                // Unreachable for now (restarting, say): asked again until the patience runs out.
            }
            if (DateTime.UtcNow >= until) return null;
            await Task.Delay(Pause);
        }
    }
}
