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
    public static async Task NoteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string correlationId,
        IReadOnlyList<(string StreamId, ImportWarning Warning)> warnings, CancellationToken ct)
    {
        var byEvent = warnings.GroupBy(w => (w.StreamId, w.Warning.Line))
            .Select(g => (g.Key.StreamId, g.Key.Line, Note: string.Join(" ", g.Select(w => w.Warning.MessageVi)))).ToList();
        await using var cmd = new NpgsqlCommand("""
            update es_events e set metadata = e.metadata || jsonb_build_object('acceptedWarning', w.note)
            from unnest(@streams, @lines, @notes) as w(stream, line, note)
            where e.stream_id = w.stream and e.metadata->>'correlationId' = @cid and (e.metadata->>'sourceLine')::int = w.line
            """, conn, tx);
        cmd.Parameters.AddWithValue("streams", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.StreamId).ToArray());
        cmd.Parameters.AddWithValue("lines", NpgsqlDbType.Array | NpgsqlDbType.Integer, byEvent.Select(e => e.Line).ToArray());
        cmd.Parameters.AddWithValue("notes", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.Note).ToArray());
        cmd.Parameters.AddWithValue("cid", correlationId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
