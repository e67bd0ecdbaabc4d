using System.Data;
using Npgsql;

namespace ThiDua.EventStore.Appending;

/// <summary>
/// A transaction that runs alone among serial writers. A writer that decides from what it reads across many streams
/// (an import compares the rows it leaves unchanged too, a unit tree must stay a tree, a closed month must stay closed)
/// takes it, so no two such writers decide from the same snapshot and every outcome equals one serial order of the
/// writers that committed — no write skew, whatever the streams. Per-stream versions alone cannot give that: they guard
/// only the streams a writer appends to.
/// The lock is a PostgreSQL session advisory lock taken <em>before</em> the transaction begins, so the snapshot sees
/// every earlier writer's commit; it holds across processes and nodes and dies with the session if the process does.
/// Waiting polls a non-blocking try, so a cancelled wait never leaves a lock behind on a pooled connection.
/// </summary>
public sealed class SerialWriter : IAsyncDisposable
{
    /// <summary>The advisory lock key every serial writer shares ("TDWRITE").</summary>
    public const long LockKey = 0x54_4457_5249_5445;

    private SerialWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction Transaction { get; }

    /// <summary>Waits for the other serial writers to finish, then begins this one's transaction.</summary>
    /// <param name="waiting">Called once if another writer holds the lock, so a user can be told why nothing moves.</param>
    public static async Task<SerialWriter> BeginAsync(NpgsqlDataSource dataSource, IsolationLevel isolation = IsolationLevel.RepeatableRead,
        Action? waiting = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var conn = await dataSource.OpenConnectionAsync(ct);
        try
        {
            var delay = TimeSpan.FromMilliseconds(20);
            while (!await TryLockAsync(conn, ct))
            {
                if (waiting is not null) { waiting(); waiting = null; }
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromMilliseconds(Math.Min(500, delay.TotalMilliseconds * 2));
            }
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
        try
        {
            return new SerialWriter(conn, await conn.BeginTransactionAsync(isolation, ct));
        }
        catch
        {
            await UnlockAsync(conn);
            await conn.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await UnlockAsync(Connection);
        await Connection.DisposeAsync();
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select pg_try_advisory_lock(@k)", conn);
        cmd.Parameters.AddWithValue("k", LockKey);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    // A broken connection has lost the lock with its session and is not pooled again, so a failure here needs nothing more.
    private static async Task UnlockAsync(NpgsqlConnection conn)
    {
        if (conn.FullState != ConnectionState.Open) return;
        try
        {
            await using var cmd = new NpgsqlCommand("select pg_advisory_unlock(@k)", conn);
            cmd.Parameters.AddWithValue("k", LockKey);
            await cmd.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
        }
    }
}
