using Npgsql;

namespace ThiDua.EventStore.Schema;

/// <summary>
/// Moves a sequence past the largest value its column holds when it is behind — as it is after a restore that brought
/// a table's rows back without its sequence (<c>pg_restore --data-only -t es_events</c>, rows copied in by hand, a
/// logically replicated copy: logical replication carries no sequences). Every write then failed with "duplicate key
/// es_events_pkey" and a retry burned one more number. Only a sequence behind its rows is moved, and such a sequence
/// makes every insert of its table fail anyway: in normal running its last value is never below a committed row's, so
/// this writes nothing and cannot race an append that took a number and has not committed yet.
/// </summary>
public static class SequenceCatchUp
{
    /// <summary>Returns the sequences it moved.</summary>
    /// <param name="columns">Table, column and its sequence (null: the column's own, identity or serial).</param>
    public static async Task<IReadOnlyList<string>> ApplyAsync(NpgsqlDataSource dataSource, IEnumerable<(string Table, string Column, string? Sequence)> columns,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(columns);
        var moved = new List<string>();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        foreach (var (table, column, sequence) in columns)
        {
            // The names come from the code, never from input; quoted as identifiers all the same.
            await using var cmd = new NpgsqlCommand($"""
                select q.seq, setval(q.seq, m.top)
                from (select coalesce(@sequence, pg_get_serial_sequence(@table, @column)) as seq) q
                cross join (select max("{column.Replace("\"", "", StringComparison.Ordinal)}") as top from "{table.Replace("\"", "", StringComparison.Ordinal)}") m
                join pg_sequences p on p.schemaname || '.' || p.sequencename = q.seq
                where m.top > coalesce(p.last_value, 0)
                """, conn);
            cmd.Parameters.AddWithValue("sequence", (object?)sequence ?? DBNull.Value);
            cmd.Parameters.AddWithValue("table", table);
            cmd.Parameters.AddWithValue("column", column);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) moved.Add(reader.GetString(0));
        }
        return moved;
    }
}
