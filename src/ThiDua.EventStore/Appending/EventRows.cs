using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using ThiDua.EventStore.Reading;

namespace ThiDua.EventStore.Appending;

/// <summary>Writes event rows by binary COPY, with sequence numbers taken up front so inline projections see them.</summary>
internal static class EventRows
{
    public static async Task<List<StoredEvent>> CopyAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, EventTypes types, IReadOnlyList<StreamAppend> appends,
        Dictionary<string, long> versions, DateTimeOffset now, CancellationToken ct)
    {
        var count = appends.Sum(a => a.Events.Count);
        var sequences = await NextSequencesAsync(conn, tx, count, ct);
        var stored = new List<StoredEvent>(count);
        await using (var writer = await conn.BeginBinaryImportAsync(
            "copy es_events (seq, event_id, stream_id, version, type, data, metadata, recorded_at) from stdin (format binary)", ct))
        {
            var i = 0;
            foreach (var append in appends)
            {
                var version = versions[append.StreamId];
                foreach (var e in append.Events)
                {
                    version++;
                    var type = types.NameOf(e.Data.GetType());
                    var seq = sequences[i++];
                    // Synchronous writes into the importer's buffer: it flushes to the socket only when full.
                    writer.StartRow();
                    writer.Write(seq, NpgsqlDbType.Bigint);
                    writer.Write(e.EventId, NpgsqlDbType.Uuid);
                    writer.Write(append.StreamId, NpgsqlDbType.Text);
                    writer.Write(version, NpgsqlDbType.Bigint);
                    writer.Write(type, NpgsqlDbType.Text);
                    writer.Write(JsonSerializer.SerializeToUtf8Bytes(e.Data, e.Data.GetType(), types.Json), NpgsqlDbType.Jsonb);
                    writer.Write(JsonSerializer.SerializeToUtf8Bytes(e.Metadata, StoredEvent.MetadataJson), NpgsqlDbType.Jsonb);
                    writer.Write(now, NpgsqlDbType.TimestampTz);
                    stored.Add(new StoredEvent(seq, e.EventId, append.StreamId, version, type, e.Data, e.Metadata, now));
                }
            }
            await writer.CompleteAsync(ct);
        }
        return stored;
    }

    private static async Task<long[]> NextSequencesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int count, CancellationToken ct)
    {
        var result = new long[count];
        // The transaction id was taken before these numbers (TransactionTime): the projection daemon's gap rule relies on it
        // (see GapAwareWindow).
        await using var cmd = new NpgsqlCommand("select nextval('es_event_seq') from generate_series(1, @n)", conn, tx);
        cmd.Parameters.AddWithValue("n", count);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct)) result[i++] = reader.GetInt64(0);
        return result;
    }
}
