using System.Threading.Channels;
using Npgsql;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Runs one async projection: each pass holds a transaction-scoped advisory lock for the projection,
/// so exactly one process applies a given batch, and saves the checkpoint with the projection's writes.
/// </summary>
/// <param name="largeBacklog">From how many events behind a state-derived projection recomputes everything, as a
/// rebuild does, instead of reading each event only to learn what it touched.</param>
internal sealed class ProjectionRunner(NpgsqlDataSource dataSource, EventTypes types, IProjection projection, long largeBacklog)
{
    private readonly SafePages _pages = new(types, projection.ReadsMetadata);
    private readonly long _lockKey = LockKeys.For("projection:" + projection.Name);

    // How long a rebuild waits for a hole that an append still in flight may fill before it stops short of it.
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

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

    /// <summary>
    /// Empties the read model and replays every event in one transaction: readers see the old model until it commits.
    /// <paramref name="inline"/>: the projection runs inside appends and has no position of its own, so no checkpoint
    /// is kept for it (one left by an older version is removed).
    /// </summary>
    public async Task<long> RebuildAsync(int pageSize, bool inline, CancellationToken ct)
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
            (checkpoint, total) = await _pages.HighWaterMarkAsync(conn, tx, 0, pageSize * 10, ct);
            context = context with { Checkpoint = checkpoint };
            await derived.MarkAllAsync(context, ct);
            await derived.FlushAsync(context, ct);
            await FinishRebuildAsync(conn, tx, checkpoint, inline, ct);
            return total;
        }
        var pages = Channel.CreateBounded<IReadOnlyList<StoredEvent>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var own = await OwnTransactionAsync(conn, tx, ct);
        var reading = Task.Run(() => inline
            ? ReadVisibleAheadAsync(pages.Writer, pageSize, stop.Token)
            : ReadAheadAsync(pages.Writer, pageSize, own, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in pages.Reader.ReadAllAsync(ct))
            {
                await projection.ApplyAsync(context with { Checkpoint = checkpoint }, batch, ct);
                checkpoint = batch[^1].Sequence;
                total += batch.Count;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
        if (projection is IDeferredProjection deferred) await deferred.FlushAsync(context with { Checkpoint = checkpoint }, ct);
        await FinishRebuildAsync(conn, tx, checkpoint, inline, ct);
        return total;
    }

    // Caches of read models (a server's) let go of them only when told: a rebuild appends nothing, so it tells them
    // on the appends' channel, delivered when it commits. A running server otherwise kept serving what it had cached.
    private async Task FinishRebuildAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long checkpoint, bool inline, CancellationToken ct)
    {
        if (inline)
        {
            await using var drop = new NpgsqlCommand("delete from es_checkpoints where projection = @p", conn, tx);
            drop.Parameters.AddWithValue("p", projection.Name);
            await drop.ExecuteNonQueryAsync(ct);
        }
        else
        {
            await SaveCheckpointAsync(conn, tx, checkpoint, ct);
        }
        await Appending.PostgresEventStore.NotifyChangedAsync(conn, tx, ct);
        await tx.CommitAsync(ct);
    }

    // The next page is read and deserialised on a second connection while the projection writes the current one.
    // A checkpointed projection stops before a hole an append still in flight may fill (the daemon goes on from there
    // once it is filled), waiting for it a while first; a rolled-back append's hole is passed once every transaction
    // that could fill it has ended — the rebuild's own, which appends nothing, aside.
    private async Task ReadAheadAsync(ChannelWriter<IReadOnlyList<StoredEvent>> pages, int pageSize, string own, CancellationToken ct)
    {
        try
        {
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            var deadline = DateTime.UtcNow + GapPatience;
            long checkpoint = 0;
            while (true)
            {
                var batch = await _pages.ReadAsync(conn, null, checkpoint, pageSize, ct, own);
                if (batch.Count == 0)
                {
                    if (!_pages.WaitingOnGap || DateTime.UtcNow > deadline) break;
                    await Task.Delay(20, ct);
                    continue;
                }
                await pages.WriteAsync(batch, ct);
                checkpoint = batch[^1].Sequence;
            }
            pages.Complete();
        }
        catch (Exception e)
        {
            pages.Complete(e);
        }
    }

    // An inline projection keeps no position: every event committed when the replay starts is replayed, holes or not,
    // in one snapshot taken after the reset. An append still in flight then is not in it and applies its own effects
    // when it commits (the reset's lock holds it until the rebuild commits, or the reset waited for it).
    private async Task ReadVisibleAheadAsync(ChannelWriter<IReadOnlyList<StoredEvent>> pages, int pageSize, CancellationToken ct)
    {
        try
        {
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            long checkpoint = 0;
            while (true)
            {
                var batch = await _pages.ReadVisibleAsync(conn, tx, checkpoint, pageSize, ct);
                if (batch.Count == 0) break;
                await pages.WriteAsync(batch, ct);
                checkpoint = batch[^1].Sequence;
            }
            pages.Complete();
        }
        catch (Exception e)
        {
            pages.Complete(e);
        }
    }

    private static async Task<string> OwnTransactionAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select pg_current_xact_id()::text", conn, tx);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
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
