using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using ThiDua.EventStore.Appending;

namespace ThiDua.EventStore.Reading;

/// <summary>Reads a stream, or all events from a global position, optionally "as of" a recorded time.</summary>
public sealed class EventReader(NpgsqlDataSource dataSource, EventTypes types)
{
    /// <summary>The columns <see cref="Map"/> reads, in its order.</summary>
    internal const string Columns = "seq, event_id, stream_id, version, type, data::text, metadata::text, recorded_at";

    /// <summary><see cref="Columns"/> with the metadata left out (null): <see cref="Map"/> gives <see cref="EventMetadata.Unread"/>.</summary>
    internal const string ColumnsWithoutMetadata = "seq, event_id, stream_id, version, type, data::text, null::text, recorded_at";

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"select {Columns} from es_events where stream_id = @s and (@asof::timestamptz is null or recorded_at <= @asof) order by version", conn);
        cmd.Parameters.AddWithValue("s", streamId);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)asOf?.ToUniversalTime() ?? DBNull.Value);
        var list = new List<StoredEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(Map(reader, types));
        return list;
    }

    /// <summary>Every event after <paramref name="after"/> in sequence order, read in pages so memory stays flat.</summary>
    /// <param name="withMetadata">With stream prefixes only: false leaves the metadata unread (<see cref="EventMetadata.Unread"/>)
    /// for a caller that folds the data alone — one JSON document less per event.</param>
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(long after = 0, DateTimeOffset? asOf = null, IReadOnlyCollection<string>? streamPrefixes = null,
        int pageSize = 5000, bool withMetadata = true, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (streamPrefixes is not null)
        {
            await foreach (var e in ReadStreamsAsync(after, asOf, streamPrefixes, withMetadata, ct)) yield return e;
            yield break;
        }
        var position = after;
        while (true)
        {
            var page = await ReadPageAsync(position, pageSize, asOf, ct);
            foreach (var e in page) yield return e;
            if (page.Count < pageSize) yield break;
            position = page[^1].Sequence;
        }
    }

    private async Task<List<StoredEvent>> ReadPageAsync(long after, int size, DateTimeOffset? asOf, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"select {Columns} from es_events where seq > @after and (@asof::timestamptz is null or recorded_at <= @asof) order by seq limit @n", conn);
        cmd.Parameters.AddWithValue("after", after);
        cmd.Parameters.AddWithValue("n", size);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)asOf?.ToUniversalTime() ?? DBNull.Value);
        var list = new List<StoredEvent>(size);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(Map(reader, types));
        return list;
    }

    /// <summary>
    /// The events of the streams whose ids start with one of <paramref name="prefixes"/>, in sequence order, in one
    /// streamed query: the streams are found first (es_streams is small), then their events through the
    /// (stream_id, version) index. Filtering a walk of the whole log by prefix read every event ever stored — 20M for a
    /// country — to answer one campaign "as of".
    /// </summary>
    private async IAsyncEnumerable<StoredEvent> ReadStreamsAsync(long after, DateTimeOffset? asOf, IReadOnlyCollection<string> prefixes, bool withMetadata,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await foreach (var e in ReadStreamsAsync(conn, tx, after, asOf, prefixes, withMetadata, ct)) yield return e;
    }

    /// <summary>As <see cref="ReadAllAsync"/> with stream prefixes, on the caller's connection and inside its
    /// transaction — so what is read agrees with what the caller read before in it.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadStreamsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long after, DateTimeOffset? asOf,
        IReadOnlyCollection<string> prefixes, bool withMetadata, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (ids, events) = await StreamsAsync(conn, prefixes, ct);
        if (ids.Length == 0) yield break;
        // A campaign's events sorted by seq are ≈ 12 MB: at the default work_mem (4 MB) the sort went to disk. Rows read
        // as they are stored gain nothing from JIT, and the per-stream plan's estimate (514 streams × 638 rows for 741
        // events) had PostgreSQL spend 305 ms compiling it for 4 ms of work.
        await using (var settings = new NpgsqlCommand(ReadSettings, conn, tx)) await settings.ExecuteNonQueryAsync(ct);
        long log;
        await using (var last = new NpgsqlCommand("select coalesce(max(seq), 0) from es_events", conn, tx)) log = (long)(await last.ExecuteScalarAsync(ct))!;
        var sql = ReadByStream(events, log) ? StreamsInSequence(withMetadata) : LogInSequence(withMetadata);
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("ids", ids);
        cmd.Parameters.AddWithValue("after", after);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)asOf?.ToUniversalTime() ?? DBNull.Value);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return Map(reader, types);
    }

    /// <summary>The settings, for its transaction, of a read of many streams' events in sequence order.</summary>
    internal const string ReadSettings = "select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)";

    /// <summary>
    /// The events of the streams <c>@ids</c> after <c>@after</c> (up to <c>@asof</c>), in sequence order: read stream by
    /// stream through the (stream_id, version) index (<c>offset 0</c> keeps each stream's read a read of its own), then
    /// sorted. "stream_id = any(…) order by seq" let the planner walk the whole log in sequence order instead — 1.3M
    /// events read, 3.4 s, for the 741 of a small campaign's monthly report beside years of other campaigns.
    /// </summary>
    internal static string StreamsInSequence(bool withMetadata) => $"""
        select e.* from unnest(@ids) s(id) cross join lateral (
            select {(withMetadata ? Columns : ColumnsWithoutMetadata)} from es_events
            where stream_id = s.id and seq > @after and (@asof::timestamptz is null or recorded_at <= @asof) offset 0) e
        order by e.seq
        """;

    /// <summary>
    /// The same events by a walk of the log in sequence order (or a bitmap, as the planner finds), for streams that hold
    /// a large share of it: read stream by stream, a 1M-event campaign that is half of a 2.3M-event log took 3.6 s
    /// (scattered heap reads, then a sort spilled to disk) against 1.1 s walked in order.
    /// </summary>
    internal static string LogInSequence(bool withMetadata) => $"""
        select {(withMetadata ? Columns : ColumnsWithoutMetadata)} from es_events
        where stream_id = any(@ids) and seq > @after and (@asof::timestamptz is null or recorded_at <= @asof) order by seq
        """;

    /// <summary>Read stream by stream when the streams hold under an eighth of the log; else walk the log.</summary>
    internal static bool ReadByStream(long streamEvents, long logEvents) => streamEvents * 8 < logEvents;

    /// <summary>
    /// The streams, among those whose ids start with one of <paramref name="prefixes"/>, with an event recorded after
    /// <paramref name="instant"/>, read on <paramref name="conn"/> (inside the caller's transaction, so the answer holds
    /// for what the caller reads next in it). A stream not listed reads the same "as of" the instant as now. Exact
    /// whatever the clocks did: it looks at every event's time, not at the streams' last ones.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StreamsRecordedAfterAsync(NpgsqlConnection conn, IReadOnlyCollection<string> prefixes, DateTimeOffset instant,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conn);
        var ids = await StreamIdsAsync(conn, prefixes, ct);
        var changed = new List<string>();
        if (ids.Length == 0) return changed;
        // Stream by stream through the (stream_id, version) index: a plain "exists … stream_id = any(…)" lets the
        // planner pick a scan of the whole log in the hope of an early hit, and there is none when nothing changed.
        await using var cmd = new NpgsqlCommand("""
            select s.id from unnest(@ids) s(id)
                cross join lateral (select 1 from es_events e where e.stream_id = s.id and e.recorded_at > @at limit 1) later
            """, conn) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("ids", ids);
        cmd.Parameters.AddWithValue("at", NpgsqlTypes.NpgsqlDbType.TimestampTz, instant.ToUniversalTime());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) changed.Add(reader.GetString(0));
        return changed;
    }

    /// <summary>
    /// The events of <paramref name="streamIds"/> recorded up to <paramref name="asOf"/>, each stream's in version order
    /// and the streams one after another (ordinal order of their ids) — not in global sequence order: for a caller whose
    /// fold keys each live in one stream, that order is enough, and the read skips the server's sort of the whole set.
    /// Only the data is read (no sequence, id, time or metadata).
    /// </summary>
    public async Task<IReadOnlyList<StreamEvent>> ReadEachStreamAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, IReadOnlyCollection<string> streamIds,
        DateTimeOffset asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conn);
        var events = new List<StreamEvent>();
        if (streamIds.Count == 0) return events;
        await using var cmd = new NpgsqlCommand(
            "select stream_id, version, type, data::text from es_events where stream_id = any(@ids) and recorded_at <= @asof", conn, tx) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("ids", streamIds.ToArray());
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, asOf.ToUniversalTime());
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var stream = reader.GetString(0);
                stream = ids.TryGetValue(stream, out var known) ? known : ids[stream] = stream;
                events.Add(new StreamEvent(stream, reader.GetInt64(1), types.Deserialize(reader.GetString(2), reader.GetFieldValue<byte[]>(3))));
            }
        }
        events.Sort(static (a, b) => string.CompareOrdinal(a.StreamId, b.StreamId) is var c and not 0 ? c : a.Version.CompareTo(b.Version));
        return events;
    }

    /// <summary>The ids of the streams whose ids start with one of <paramref name="prefixes"/>.</summary>
    public static async Task<string[]> StreamIdsAsync(NpgsqlConnection conn, IReadOnlyCollection<string> prefixes, CancellationToken ct = default) =>
        (await StreamsAsync(conn, prefixes, ct)).Ids;

    // The streams' ids and how many events they hold (each stream's version is its count of events).
    private static async Task<(string[] Ids, long Events)> StreamsAsync(NpgsqlConnection conn, IReadOnlyCollection<string> prefixes, CancellationToken ct)
    {
        var (ids, events) = (new List<string>(), 0L);
        await using var find = new NpgsqlCommand("select stream_id, version from es_streams where stream_id like any(@prefixes)", conn);
        find.Parameters.AddWithValue("prefixes", prefixes.Select(p => EscapeLike(p) + "%").ToArray());
        await using var found = await find.ExecuteReaderAsync(ct);
        while (await found.ReadAsync(ct)) { ids.Add(found.GetString(0)); events += found.GetInt64(1); }
        return ([.. ids], events);
    }

    internal static StoredEvent Map(NpgsqlDataReader reader, EventTypes types)
    {
        var type = reader.GetString(4);
        // The JSON text as UTF-8 bytes, as the serializer wants it: no string and re-encoding per event.
        var data = types.Deserialize(type, reader.GetFieldValue<byte[]>(5));
        var metadata = reader.IsDBNull(6) ? EventMetadata.Unread : JsonSerializer.Deserialize<EventMetadata>(reader.GetFieldValue<byte[]>(6), StoredEvent.MetadataJson)!;
        return new StoredEvent(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt64(3), type, data, metadata,
            reader.GetFieldValue<DateTimeOffset>(7));
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
