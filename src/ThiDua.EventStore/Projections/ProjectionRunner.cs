using Npgsql;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Runs one async projection: each pass holds a transaction-scoped advisory lock for the projection,
/// so exactly one process applies a given batch, and saves the checkpoint with the projection's writes.
/// </summary>
/// <param name="largeBacklog">From how many events behind a state-derived projection recomputes everything, as a
/// rebuild does, instead of reading each event only to learn what it touched.</param>
internal sealed partial class ProjectionRunner(NpgsqlDataSource dataSource, EventTypes types, IProjection projection, long largeBacklog)
{
    private readonly SafePages _pages = new(types, projection.ReadsMetadata);
    private readonly long _lockKey = LockKeys.For("projection:" + projection.Name);

    public IProjection Projection => projection;

    public bool WaitingOnGap => _pages.WaitingOnGap;

    /// <summary>Applies one page. Returns events applied, or -1 when another process holds the projection.</summary>
    public async Task<int> PassAsync(bool wait, int pageSize, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!await LockAsync(conn, tx, wait, ct)) return -1;
        var checkpoint = await CheckpointAsync(conn, tx, ct);
        if (projection is IStateDerivedProjection derived && await BacklogAsync(conn, tx, checkpoint, ct) >= largeBacklog)
        {
            var passed = await RecomputeAllAsync(conn, tx, derived, checkpoint, pageSize, ct);
            if (passed > 0) return passed;
        }
        var batch = await _pages.ReadAsync(conn, tx, checkpoint, pageSize, ct);
        var context = new ProjectionContext(conn, tx, checkpoint);
        if (batch.Count > 0)
        {
            await projection.ApplyAsync(context, batch, ct);
            await SaveCheckpointAsync(conn, tx, batch[^1].Sequence, ct);
            context = context with { Checkpoint = batch[^1].Sequence };
        }
        // Caught up (for now): the deferred work runs once, not once per page.
        if (batch.Count < pageSize && projection is IDeferredProjection deferred) await deferred.FlushAsync(context, ct);
        await tx.CommitAsync(ct);
        return batch.Count;
    }

    /// <summary>
    /// Catching up far behind (a 1M-row import: reading and decoding its events took ≈ 2 s of the 4.5 s catch-up),
    /// a projection whose state is current already recomputes everything from it, as a rebuild does, and its
    /// checkpoint moves to the safe high-water mark. Returns how many events that passed, and commits; 0 when none
    /// is final yet (a hole still being filled right after the checkpoint) and nothing was done.
    /// </summary>
    private async Task<int> RecomputeAllAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IStateDerivedProjection derived, long checkpoint,
        int pageSize, CancellationToken ct)
    {
        var (mark, count) = await _pages.HighWaterMarkAsync(conn, tx, checkpoint, pageSize * 10, ct);
        if (count == 0) return 0;
        // Marked after the mark is taken: every event up to it has committed, so its effect on the state is seen.
        var context = new ProjectionContext(conn, tx, mark);
        await derived.MarkAllAsync(context, ct);
        await derived.FlushAsync(context, ct);
        await SaveCheckpointAsync(conn, tx, mark, ct);
        await tx.CommitAsync(ct);
        return (int)Math.Min(count, int.MaxValue);
    }

    // An estimate from the sequence (rolled-back appends leave holes in it): enough to choose the way to catch up.
    private static async Task<long> BacklogAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long checkpoint, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select coalesce(max(seq), 0) from es_events", conn, tx);
        return (long)(await cmd.ExecuteScalarAsync(ct))! - checkpoint;
    }

    private async Task<bool> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, bool wait, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(wait ? "select pg_advisory_xact_lock(@k), true" : "select true, pg_try_advisory_xact_lock(@k)", conn, tx);
        cmd.Parameters.AddWithValue("k", _lockKey);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetBoolean(1);
    }

    private async Task<long> CheckpointAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select position from es_checkpoints where projection = @p", conn, tx);
        cmd.Parameters.AddWithValue("p", projection.Name);
        return await cmd.ExecuteScalarAsync(ct) is long position ? position : 0;
    }

    private async Task SaveCheckpointAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long position, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into es_checkpoints (projection, position, updated_at) values (@p, @pos, now())
            on conflict (projection) do update set position = excluded.position, updated_at = excluded.updated_at
            """, conn, tx);
        cmd.Parameters.AddWithValue("p", projection.Name);
        cmd.Parameters.AddWithValue("pos", position);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
