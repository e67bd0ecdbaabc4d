using Npgsql;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Runs one async projection: each pass holds a transaction-scoped advisory lock for the projection,
/// so exactly one process applies a given batch, and saves the checkpoint with the projection's writes.
/// </summary>
internal sealed class ProjectionRunner(NpgsqlDataSource dataSource, EventTypes types, IProjection projection)
{
    private readonly GapAwareWindow _window = new();
    private readonly long _lockKey = LockKeys.For("projection:" + projection.Name);

    public IProjection Projection => projection;

    public bool WaitingOnGap => _window.WaitingOnGap;

    /// <summary>Applies one page. Returns events applied, or -1 when another process holds the projection.</summary>
    public async Task<int> PassAsync(bool wait, int pageSize, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!await LockAsync(conn, tx, wait, ct)) return -1;
        var checkpoint = await CheckpointAsync(conn, tx, ct);
        var batch = await ReadSafeAsync(conn, tx, checkpoint, pageSize, ct);
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

    /// <summary>Empties the read model and replays every event in one transaction: readers see the old model until it commits.</summary>
    public async Task<long> RebuildAsync(int pageSize, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockAsync(conn, tx, wait: true, ct);
        var context = new ProjectionContext(conn, tx);
        await projection.ResetAsync(context, ct);
        long checkpoint = 0, total = 0;
        if (projection is IStateDerivedProjection derived)
        {
            // Its state is already current up to every committed event: no replay, only the safe high-water mark.
            // Marked after the mark is taken: every event up to it has committed, so its effect on the state is seen.
            (checkpoint, total) = await SafeHighWaterMarkAsync(conn, tx, pageSize * 10, ct);
            context = context with { Checkpoint = checkpoint };
            await derived.MarkAllAsync(context, ct);
            await derived.FlushAsync(context, ct);
            await SaveCheckpointAsync(conn, tx, checkpoint, ct);
            await tx.CommitAsync(ct);
            return total;
        }
        while (true)
        {
            var batch = await ReadSafeAsync(conn, tx, checkpoint, pageSize, ct);
            if (batch.Count == 0) break;
            await projection.ApplyAsync(context with { Checkpoint = checkpoint, Replaying = true }, batch, ct);
            checkpoint = batch[^1].Sequence;
            total += batch.Count;
        }
        if (projection is IDeferredProjection deferred) await deferred.FlushAsync(context with { Checkpoint = checkpoint }, ct);
        await SaveCheckpointAsync(conn, tx, checkpoint, ct);
        await tx.CommitAsync(ct);
        return total;
    }

    private async Task<IReadOnlyList<StoredEvent>> ReadSafeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long checkpoint, int pageSize, CancellationToken ct)
    {
        _window.Observe(await SnapshotAsync(conn, tx, "pg_snapshot_xmin", ct));
        var page = new List<StoredEvent>();
        await using (var cmd = new NpgsqlCommand(
            "select seq, event_id, stream_id, version, type, data::text, metadata::text, recorded_at from es_events where seq > @cp order by seq limit @n", conn, tx))
        {
            cmd.Parameters.AddWithValue("cp", checkpoint);
            cmd.Parameters.AddWithValue("n", pageSize);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) page.Add(EventReader.Map(reader, types));
        }
        if (page.Count == 0) return page;
        return _window.SafePrefix(checkpoint, page, await SnapshotAsync(conn, tx, "pg_snapshot_xmax", ct));
    }

    /// <summary>
    /// How far the events are final (as a replay would stop: at a hole still possibly being filled), read as sequence
    /// numbers only. Returns the last safe sequence and how many events lie up to it.
    /// </summary>
    private async Task<(long Checkpoint, long Count)> SafeHighWaterMarkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int pageSize, CancellationToken ct)
    {
        long checkpoint = 0, count = 0;
        while (true)
        {
            _window.Observe(await SnapshotAsync(conn, tx, "pg_snapshot_xmin", ct));
            var page = new List<long>();
            await using (var cmd = new NpgsqlCommand("select seq from es_events where seq > @cp order by seq limit @n", conn, tx))
            {
                cmd.Parameters.AddWithValue("cp", checkpoint);
                cmd.Parameters.AddWithValue("n", pageSize);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) page.Add(reader.GetInt64(0));
            }
            if (page.Count == 0) return (checkpoint, count);
            var safe = _window.SafeCount(checkpoint, page, await SnapshotAsync(conn, tx, "pg_snapshot_xmax", ct));
            if (safe == 0) return (checkpoint, count);
            checkpoint = page[safe - 1];
            count += safe;
        }
    }

    private static async Task<ulong> SnapshotAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string function, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select {function}(pg_current_snapshot())::text", conn, tx);
        return ulong.Parse((string)(await cmd.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture);
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
