using Npgsql;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// The connection and transaction a projection writes through, and the checkpoint it stands at: for
/// <c>ApplyAsync</c> the position the batch follows, for <c>FlushAsync</c> the position once the batch is applied.
/// A projection that keeps state in memory compares it with the position it last saw, to notice batches it did
/// not see (another process applied them, or its own transaction rolled back). Inline projections have none: 0.
/// </summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, long Checkpoint = 0)
{
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);
}
