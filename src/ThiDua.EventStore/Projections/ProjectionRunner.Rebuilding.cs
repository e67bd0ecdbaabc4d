using System.Threading.Channels;
using Npgsql;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>A projection's rebuild: its read model emptied and every committed event replayed, in one transaction.</summary>
internal sealed partial class ProjectionRunner
{
    // How long a rebuild waits for a hole that an append still in flight may fill before it stops short of it.
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Empties the read model and replays every event in one transaction: readers see the old model until it commits.
    /// <paramref name="inline"/>: the projection runs inside appends and has no position of its own, so no checkpoint
    /// is kept for it (one left by an older version is removed).
    /// </summary>
    public async Task<long> RebuildAsync(int pageSize, bool inline, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var total = await RebuildInAsync(tx, pageSize, inline, ct);
        await tx.CommitAsync(ct);
        return total;
    }

    /// <summary>The same rebuild inside a caller's transaction, which the caller commits.</summary>
    public async Task<long> RebuildInAsync(NpgsqlTransaction tx, int pageSize, bool inline, CancellationToken ct)
    {
        var conn = tx.Connection ?? throw new InvalidOperationException("The transaction has completed.");
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
    // on the appends' channel, delivered when its transaction commits. A running server otherwise kept serving what it
    // had cached.
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
}
