using System.Text.Json;
using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.Units.Defining;

namespace ThiDua.Security;

/// <summary>
/// Who changed what, newest first, straight from <c>es_events</c> and each event's metadata: the events are the
/// record, so the audit trail cannot drift from the data. Keyset paging on the global sequence.
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
            throw new UserRejectedException($"limit phải từ 1 đến {AuditQuery.MaxLimit} / limit must be 1 to {AuditQuery.MaxLimit}.");
        // A campaign's streams share its prefix; a unit's are its own and each campaign's ".../unit-{U}" (the ids as the
        // deciders name them). Compared as strings, never as LIKE patterns.
        await using var cmd = dataSource.CreateCommand("""
            select seq, recorded_at, coalesce(metadata->>'actor', ''), type, stream_id, metadata->>'sourceFile',
                   (metadata->>'sourceLine')::int, data, metadata->>'acceptedWarning'
            from es_events
            where ($1::text is null or starts_with(stream_id, $1))
              and ($2::text is null or stream_id = $2 or right(stream_id, length($2) + 1) = '/' || $2)
              and ($3::bigint is null or seq < $3)
            order by seq desc
            limit $4
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = Blank(query.Campaign, DefineCampaign.StreamPrefix), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Blank(query.Unit, DefineUnit.StreamId), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = query.Before is { } b ? b : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        cmd.Parameters.AddWithValue(query.Limit);
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

    private static object Blank(string? code, Func<string, string> stream) => string.IsNullOrWhiteSpace(code) ? DBNull.Value : stream(code.Trim());
}
