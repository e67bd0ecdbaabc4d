using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using ThiDua.EventStore.Appending;

namespace ThiDua.EventStore.Reading;

/// <summary>Reads a stream, or all events from a global position, optionally "as of" a recorded time.</summary>
public sealed partial class EventReader(NpgsqlDataSource dataSource, EventTypes types)
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
