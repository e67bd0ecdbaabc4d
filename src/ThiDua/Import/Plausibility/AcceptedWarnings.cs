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
    /// <summary>The last event's position before an import appends: its own events come after it.</summary>
    public static async Task<long> LastSeqAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select coalesce(max(seq), 0) from es_events", conn, tx);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <param name="afterSeq">From <see cref="LastSeqAsync"/> before the import appended: only its events are read
    /// (by the sequence's index), not every event of each stream a warning names (524 ms for 10K rows on 1M).</param>
    public static async Task NoteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string correlationId, long afterSeq,
        IReadOnlyList<(string StreamId, ImportWarning Warning)> warnings, CancellationToken ct)
    {
        var byEvent = warnings.GroupBy(w => (w.StreamId, w.Warning.Line))
            .Select(g => (g.Key.StreamId, g.Key.Line, Note: string.Join(" ", g.Select(w => w.Warning.MessageVi)))).ToList();
        await using var cmd = new NpgsqlCommand("""
            with mine as materialized (
                select seq, stream_id, (metadata->>'sourceLine')::int as line from es_events
                where seq > @after and metadata->>'correlationId' = @cid)
            update es_events e set metadata = e.metadata || jsonb_build_object('acceptedWarning', w.note)
            from mine join unnest(@streams, @lines, @notes) as w(stream, line, note) on mine.stream_id = w.stream and mine.line = w.line
            where e.seq = mine.seq
            """, conn, tx);
        cmd.Parameters.AddWithValue("after", afterSeq);
        cmd.Parameters.AddWithValue("streams", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.StreamId).ToArray());
        cmd.Parameters.AddWithValue("lines", NpgsqlDbType.Array | NpgsqlDbType.Integer, byEvent.Select(e => e.Line).ToArray());
        cmd.Parameters.AddWithValue("notes", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.Note).ToArray());
        cmd.Parameters.AddWithValue("cid", correlationId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
