using Npgsql;

namespace ThiDua.EventStore.Appending;

/// <summary>Locks the streams being appended to, checks their expected versions and saves the new ones.</summary>
internal static class StreamVersions
{
    public static async Task<Dictionary<string, long>> LockAndCheckAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<StreamAppend> appends, CancellationToken ct)
    {
        var ids = appends.Select(a => a.StreamId).ToArray();
        var current = new Dictionary<string, long>(StringComparer.Ordinal);
        // Sorted, so concurrent batches lock rows in one order and cannot deadlock.
        await using (var cmd = new NpgsqlCommand(
            "select stream_id, version from es_streams where stream_id = any(@ids) order by stream_id for update", conn, tx))
        {
            cmd.Parameters.AddWithValue("ids", ids);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) current[reader.GetString(0)] = reader.GetInt64(1);
        }
        foreach (var append in appends)
        {
            var actual = current.GetValueOrDefault(append.StreamId);
            if (append.ExpectedVersion != ExpectedVersion.Any && append.ExpectedVersion != actual)
                throw new ConcurrencyException(append.StreamId, append.ExpectedVersion, actual);
            current[append.StreamId] = actual;
        }
        return current;
    }

    public static async Task SaveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<StreamAppend> appends, Dictionary<string, long> before, DateTimeOffset now, CancellationToken ct)
    {
        var ids = appends.Select(a => a.StreamId).ToArray();
        var oldVersions = appends.Select(a => before[a.StreamId]).ToArray();
        var newVersions = appends.Select(a => before[a.StreamId] + a.Events.Count).ToArray();
        // A new stream created concurrently by someone else makes the insert conflict: that is a lost race, reported as such.
        await using var cmd = new NpgsqlCommand("""
            with v as (select * from unnest(@ids, @old, @new) as v(stream_id, old, new)),
            ins as (
                insert into es_streams (stream_id, version, created_at)
                select stream_id, new, @now from v where old = 0
                on conflict (stream_id) do nothing returning stream_id),
            upd as (
                update es_streams s set version = v.new from v
                where s.stream_id = v.stream_id and v.old > 0 and s.version = v.old returning s.stream_id)
            select (select count(*) from ins) + (select count(*) from upd)
            """, conn, tx);
        cmd.Parameters.AddWithValue("ids", ids);
        cmd.Parameters.AddWithValue("old", oldVersions);
        cmd.Parameters.AddWithValue("new", newVersions);
        cmd.Parameters.AddWithValue("now", now);
        var saved = (long)(await cmd.ExecuteScalarAsync(ct))!;
        if (saved != ids.Length)
            throw new ConcurrencyException(string.Join(", ", ids.Take(3)), ExpectedVersion.NoStream, -1);
    }
}
