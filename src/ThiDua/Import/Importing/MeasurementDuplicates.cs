using Npgsql;
using NpgsqlTypes;
using ThiDua.Import.Parsing;
using ThiDua.Measurements;

namespace ThiDua.Import.Importing;

/// <summary>
/// <see cref="FileDuplicates{TKey, TValue}"/> for measurements.csv, whose files run to millions of rows: the keys seen so
/// far live in a temporary table of the import's own transaction (gone with it, committed or not), so memory does not
/// grow with the file: the keys of a 1M-row file held ≈ 41 MB in memory (the import's peak: 260 MB, now ≈ 157), a 5M-row
/// file's ≈ 200 MB. Each batch costs one look-up and one COPY (≈ 1.9 s for a 1M-row file, ≈ 10 % of its import).
/// Codes become small numbers packed in one 64-bit key. Same answers, same messages.
/// </summary>
internal sealed class MeasurementDuplicates(NpgsqlConnection conn)
{
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Campaign, string Indicator), int> _indicators = [];
    private readonly Dictionary<(int Indicator, int Period), int> _columns = [];
    private bool _tableReady;

    /// <summary>
    /// The batch's rows whose key the file has not had before, in order; a repeat is dropped, and reported when its value
    /// or note differs from the key's first row (which may be in an earlier batch). The kept rows' keys are remembered.
    /// </summary>
    public async Task<List<(MeasurementRow Row, Measurement Measurement)>> FirstSeenAsync(
        IReadOnlyList<(MeasurementRow Row, Measurement Measurement)> batch, ImportContext context, CancellationToken ct)
    {
        await EnsureTableAsync(ct);
        var keys = batch.Select(b => Key(b.Measurement)).ToArray();
        var firsts = await EarlierAsync(keys, ct);
        var kept = new List<(MeasurementRow Row, Measurement Measurement)>(batch.Count);
        var keptKeys = new List<long>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var (row, m) = batch[i];
            if (firsts.TryGetValue(keys[i], out var first))
            {
                if (first.Value != m.Value || !string.Equals(first.Note, m.Note, StringComparison.Ordinal))
                    FileDuplicates.Conflict(context, row.Line, "value", m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"{m.Unit}/{m.Indicator}/{m.Period}", first.Line);
                continue;
            }
            firsts[keys[i]] = (row.Line, m.Value, m.Note);
            kept.Add(batch[i]);
            keptKeys.Add(keys[i]);
        }
        await RememberAsync(keptKeys, kept, ct);
        return kept;
    }

    private long Key(Measurement m) =>
        ((long)Id(_units, m.Unit) << 32) | (uint)Id(_columns, (Id(_indicators, (m.Campaign, m.Indicator)), m.Period.Index));

    private async Task EnsureTableAsync(CancellationToken ct)
    {
        if (_tableReady) return;
        await using var cmd = new NpgsqlCommand(
            "create temp table import_seen_measurements (k bigint primary key, line int not null, value numeric not null, note text) on commit drop", conn);
        await cmd.ExecuteNonQueryAsync(ct);
        _tableReady = true;
    }

    private async Task<Dictionary<long, (int Line, decimal Value, string? Note)>> EarlierAsync(long[] keys, CancellationToken ct)
    {
        var found = new Dictionary<long, (int Line, decimal Value, string? Note)>();
        // One index probe per key, whatever the planner guesses: a temporary table has no statistics, and "k = any(@k)"
        // was planned as a scan of the whole table (a 1M-row import spent 5.5 s there, growing with every batch).
        await using var cmd = new NpgsqlCommand("""
            select s.k, s.line, s.value, s.note from unnest(@k) q(k)
            cross join lateral (select * from import_seen_measurements s where s.k = q.k limit 1) s
            """, conn);
        cmd.Parameters.AddWithValue("k", keys);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found[reader.GetInt64(0)] = (reader.GetInt32(1), reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return found;
    }

    private async Task RememberAsync(List<long> keys, List<(MeasurementRow Row, Measurement Measurement)> rows, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync("copy import_seen_measurements (k, line, value, note) from stdin (format binary)", ct);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, m) = rows[i];
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(keys[i], NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(row.Line, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(m.Value, NpgsqlDbType.Numeric, ct);
            if (m.Note is null) await copy.WriteNullAsync(ct);
            else await copy.WriteAsync(m.Note, NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static int Id<TCode>(Dictionary<TCode, int> ids, TCode code) where TCode : notnull
    {
        if (!ids.TryGetValue(code, out var id)) ids[code] = id = ids.Count;
        return id;
    }
}
