using System.Text.Json;
using Npgsql;

namespace ThiDua.Security;

/// <summary>
/// Who changed what, newest first, straight from <c>es_events</c> and each event's metadata: the events are the
/// record, so the audit trail cannot drift from the data. Keyset paging on the global sequence; the statements, and
/// why a campaign's or a unit's page reads only its own streams: <see cref="AuditSql"/>.
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
            throw new UserRejectedException($"limit phải từ 1 đến {AuditQuery.MaxLimit} / limit must be 1 to {AuditQuery.MaxLimit}.");
        await using var cmd = AuditSql.Page(dataSource, query);
        return await ReadEntriesAsync(cmd, ct);
    }

    /// <summary>How many changes the filter matches in all, and how many are newer than the page (for "page 3 of 12").</summary>
    public async Task<AuditCount> CountAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var cmd = AuditSql.Count(dataSource, query);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new AuditCount(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>One recorded event by its global sequence number (null: none).</summary>
    public async Task<AuditEntry?> FindAsync(long seq, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand(AuditSql.One);
        cmd.Parameters.AddWithValue(seq);
        return (await ReadEntriesAsync(cmd, ct)).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            using var data = JsonDocument.Parse(reader.GetString(7));
            list.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                data.RootElement.Clone(), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return list;
    }
}
