using Npgsql;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Projections;

/// <summary>
/// Reads the events after a checkpoint a page at a time, cut at the first hole that may still be filled
/// (<see cref="GapAwareWindow"/>). Works on any connection: which events are final does not depend on the writer.
/// Without <paramref name="withMetadata"/> the events' metadata is neither read nor decoded.
/// </summary>
internal sealed class SafePages(EventTypes types, bool withMetadata)
{
    private readonly string _columns = withMetadata ? EventReader.Columns : EventReader.ColumnsWithoutMetadata;
    private readonly GapAwareWindow _window = new();

    public bool WaitingOnGap => _window.WaitingOnGap;

    /// <param name="ignoredTransaction">A transaction that appends no events (a rebuild's own, read beside it on another
    /// connection): it cannot fill a hole, so a hole is not kept open for as long as it runs.</param>
    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long checkpoint, int pageSize,
        CancellationToken ct, string? ignoredTransaction = null)
    {
        _window.Observe(await OldestOtherAsync(conn, tx, ignoredTransaction, ct));
        var page = await ReadVisibleAsync(conn, tx, checkpoint, pageSize, ct);
        if (page.Count == 0) return page;
        var bound = _window.StopsAtHole(checkpoint, [.. page.Select(e => e.Sequence)]) ? await XidBoundAsync(conn, tx, ct) : 0;
        return _window.SafePrefix(checkpoint, page, bound);
    }

    /// <summary>
    /// A page of the events after <paramref name="checkpoint"/> visible to the transaction, holes or not: for a replay
    /// inside one snapshot, where an append still in flight applies its own effects once it commits.
    /// </summary>
    public async Task<List<StoredEvent>> ReadVisibleAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long checkpoint, int pageSize, CancellationToken ct)
    {
        var page = new List<StoredEvent>();
        await using var cmd = new NpgsqlCommand($"select {_columns} from es_events where seq > @cp order by seq limit @n", conn, tx);
        cmd.Parameters.AddWithValue("cp", checkpoint);
        cmd.Parameters.AddWithValue("n", pageSize);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) page.Add(EventReader.Map(reader, types));
        return page;
    }

    /// <summary>
    /// How far the events after <paramref name="from"/> are final (as a replay would stop: at a hole still possibly being
    /// filled), read as sequence numbers only. Returns the last safe sequence and how many events lie between.
    /// </summary>
    public async Task<(long Checkpoint, long Count)> HighWaterMarkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long from, int pageSize, CancellationToken ct)
    {
        _window.Observe(await OldestOtherAsync(conn, tx, null, ct));
        if (await WithoutHoleAsync(conn, tx, from, ct) is { } whole) return whole;
        long checkpoint = from, count = 0;
        while (true)
        {
            var page = new List<long>();
            await using (var cmd = new NpgsqlCommand("select seq from es_events where seq > @cp order by seq limit @n", conn, tx))
            {
                cmd.Parameters.AddWithValue("cp", checkpoint);
                cmd.Parameters.AddWithValue("n", pageSize);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) page.Add(reader.GetInt64(0));
            }
            if (page.Count == 0) return (checkpoint, count);
            var safe = _window.SafeCount(checkpoint, page, _window.StopsAtHole(checkpoint, page) ? await XidBoundAsync(conn, tx, ct) : 0);
            if (safe == 0) return (checkpoint, count);
            checkpoint = page[safe - 1];
            count += safe;
            _window.Observe(await OldestOtherAsync(conn, tx, null, ct));
        }
    }

    // Mostly nothing after the checkpoint is missing: then the mark is the last event, and one count (one statement, one
    // snapshot) says so without every sequence number read back — 1M events: 0.7 s of PostgreSQL's time, and the client's.
    private static async Task<(long Checkpoint, long Count)?> WithoutHoleAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long from, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select count(*), coalesce(max(seq), @cp) from es_events where seq > @cp", conn, tx);
        cmd.Parameters.AddWithValue("cp", from);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (count, last) = (reader.GetInt64(0), reader.GetInt64(1));
        return last - from == count ? (last, count) : null;
    }

    // The oldest transaction still running other than ours and the ignored one, else the snapshot's xmax: every
    // transaction below it has ended. Not pg_snapshot_xmin, which counts our own: a rebuild's transaction writes from its
    // first step to its commit, and a hole left by a rolled-back append before it then never became final — the
    // rebuild stopped there, and its inline read models lost every event after the hole.
    private static async Task<ulong> OldestOtherAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? ignored, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select coalesce((select min(x::text::numeric) from pg_snapshot_xip(t.s) x where x::text <> @ignored and x is distinct from pg_current_xact_id_if_assigned()),
                            pg_snapshot_xmax(t.s)::text::numeric)::text
            from pg_current_snapshot() as t(s)
            """, conn, tx);
        cmd.Parameters.AddWithValue("ignored", ignored ?? "");
        return ulong.Parse((string)(await cmd.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    // Above every transaction id given out so far: an id given to this transaction now (or to this one statement's).
    // Not the snapshot's xmax: that is one past the latest *completed* id, and a transaction still running with a newer
    // id is left out of the snapshot's list — a hole it was filling was then taken as final while it ran, and its
    // events were never applied (two daemons lost 2 of 200 events once in CI). Taken only for a page with a hole.
    private static async Task<ulong> XidBoundAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select pg_current_xact_id()::text", conn, tx);
        return ulong.Parse((string)(await cmd.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
