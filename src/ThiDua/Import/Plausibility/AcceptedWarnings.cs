using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// Marks the events of figures imported over a warning (metadata <c>acceptedWarning</c>, shown in the audit). The
/// warnings are known only once the whole file is read, after earlier batches of its events were appended, so the
/// note is added to the import's own events inside its transaction, before it commits: nobody has seen them yet, and
/// once committed they are never changed.
/// </summary>
internal static class AcceptedWarnings
{
    /// <summary>Events noted per statement: the notes are formatted and sent a chunk at a time, not all at once.</summary>
    public const int Chunk = 2_000;

    /// <param name="versionOfLine">Where each line's event was appended in its stream: the note goes to that one event,
    /// found by the (stream, version) key — reading the streams' events to match their line took 30 s and more for
    /// a 1M-row file with many warnings.</param>
    /// <param name="warnings">In file order: a line's warnings come one after another and make one note.</param>
    public static async Task NoteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string correlationId, Func<int, int> versionOfLine,
        IEnumerable<(string StreamId, ImportWarning Warning)> warnings, CancellationToken ct)
    {
        // The import's own events are not in the table's statistics yet (they are not committed), so the planner takes
        // es_events for the small table it was and scans it whole for every statement: 3.3 s for one statement of 13K
        // notes on 300K events, 31 s in chunks. Each note's event is found by its key instead.
        await ExecuteAsync(conn, tx, "set local enable_seqscan = off; set local enable_hashjoin = off; set local enable_mergejoin = off", ct);
        var chunk = new List<(string StreamId, long Version, string Note)>(Chunk);
        var (stream, line, note) = ((string?)null, 0, new StringBuilder());
        foreach (var (s, w) in warnings)
        {
            if (s == stream && w.Line == line)
            {
                note.Append(' ').Append(w.MessageVi);
                continue;
            }
            if (stream is not null && versionOfLine(line) is > 0 and var version) chunk.Add((stream, version, note.ToString()));
            if (chunk.Count >= Chunk) await UpdateAsync(conn, tx, correlationId, chunk, ct);
            (stream, line) = (s, w.Line);
            note.Clear().Append(w.MessageVi);
        }
        if (stream is not null && versionOfLine(line) is > 0 and var last) chunk.Add((stream, last, note.ToString()));
        if (chunk.Count > 0) await UpdateAsync(conn, tx, correlationId, chunk, ct);
        await ExecuteAsync(conn, tx, "reset enable_seqscan; reset enable_hashjoin; reset enable_mergejoin", ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task UpdateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string correlationId,
        List<(string StreamId, long Version, string Note)> chunk, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            update es_events e set metadata = e.metadata || jsonb_build_object('acceptedWarning', w.note)
            from unnest(@streams, @versions, @notes) as w(stream, version, note)
            where e.stream_id = w.stream and e.version = w.version and e.metadata->>'correlationId' = @cid
            """, conn, tx) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("streams", NpgsqlDbType.Array | NpgsqlDbType.Text, chunk.Select(e => e.StreamId).ToArray());
        cmd.Parameters.AddWithValue("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint, chunk.Select(e => e.Version).ToArray());
        cmd.Parameters.AddWithValue("notes", NpgsqlDbType.Array | NpgsqlDbType.Text, chunk.Select(e => e.Note).ToArray());
        cmd.Parameters.AddWithValue("cid", correlationId);
        await cmd.ExecuteNonQueryAsync(ct);
        chunk.Clear();
    }
}
