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
    /// <param name="versionOfLine">Where each line's event was appended in its stream: the note goes to that one event,
    /// found by the (stream, version) key — reading the streams' events to match their line took 30 s and more for
    /// a 1M-row file with many warnings.</param>
    public static async Task NoteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string correlationId, Func<int, int> versionOfLine,
        IReadOnlyList<(string StreamId, ImportWarning Warning)> warnings, CancellationToken ct)
    {
        var byEvent = warnings.GroupBy(w => (w.StreamId, w.Warning.Line))
            .Select(g => (g.Key.StreamId, Version: (long)versionOfLine(g.Key.Line), Note: string.Join(" ", g.Select(w => w.Warning.MessageVi))))
            .Where(e => e.Version > 0).ToList();
        await using var cmd = new NpgsqlCommand("""
            update es_events e set metadata = e.metadata || jsonb_build_object('acceptedWarning', w.note)
            from unnest(@streams, @versions, @notes) as w(stream, version, note)
            where e.stream_id = w.stream and e.version = w.version and e.metadata->>'correlationId' = @cid
            """, conn, tx) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("streams", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.StreamId).ToArray());
        cmd.Parameters.AddWithValue("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint, byEvent.Select(e => e.Version).ToArray());
        cmd.Parameters.AddWithValue("notes", NpgsqlDbType.Array | NpgsqlDbType.Text, byEvent.Select(e => e.Note).ToArray());
        cmd.Parameters.AddWithValue("cid", correlationId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
